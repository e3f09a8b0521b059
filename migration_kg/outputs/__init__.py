"""What the build and the commands write: files (atomically), the network view, pictures, analytics."""
