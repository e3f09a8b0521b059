"""The curator's workflow: commands that write YAML for a person to review.

One module per step, each a library function returning data (the CLI only prints it):
``project`` (init), ``ingest`` (add-document), ``candidates``, ``locate``, ``propose``.
Nothing they propose enters the graph until a curator removes its ``proposed: true`` flag.
"""
