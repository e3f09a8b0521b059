"""Apache Jena's command-line tools (riot) for the tests, when Java and Jena's jars are installed
(Debian: ``apt-get install libapache-jena-java``); tests that need them skip with a reason otherwise.

Debian's Jena 4.5 moves Jena's copy of Xerces from ``org.apache.jena.ext.xerces`` to ``xerces`` but
leaves its message files under the old path, so Jena fails at start-up ("internal error" in
``XSSimpleTypeDecl``: the regular-expression parser cannot find its messages). :func:`classpath`
puts copies of those files where the moved classes look for them, in a temporary folder.
"""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

JARS = Path("/usr/share/java")
#: Logging bindings that cannot sit on one class path together (SLF4J refuses to start).
_CLASHING = ("log4j-over-slf4j", "slf4j-log4j12", "slf4j-jcl", "slf4j-jdk14", "slf4j-nop", "jcl-over-slf4j")


def missing() -> str | None:
    """Why riot cannot run here, or None when it can."""
    if shutil.which("java") is None:
        return "no Java runtime (riot needs one)"
    if not (JARS / "jena-cmds.jar").is_file() or not (JARS / "jena-core.jar").is_file():
        return "Apache Jena is not installed (apt-get install libapache-jena-java)"
    return None


def classpath(scratch: Path) -> str:
    """Jena's class path, with the Xerces message files copied where Debian's renamed classes look."""
    fixed = scratch / "xerces-messages"
    with zipfile.ZipFile(JARS / "jena-core.jar") as jar:
        for name in jar.namelist():
            if name.startswith("org/apache/jena/ext/xerces/") and name.endswith(".properties"):
                target = fixed / "xerces" / name[len("org/apache/jena/ext/xerces/"):]
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(jar.read(name))
    jars = [str(j) for j in sorted(JARS.glob("*.jar"))
            if not j.name.startswith(_CLASHING) and not j.name.startswith(("maven", "plexus", "sisu", "wagon", "guice"))]
    return ":".join([str(fixed), *jars])


def riot(scratch: Path, *args: str) -> subprocess.CompletedProcess:
    """``riot ARGS`` (Jena's RDF parser and converter); stdout as text."""
    return subprocess.run(["java", "-cp", classpath(scratch), "riotcmd.riot", *args],
                          capture_output=True, text=True, timeout=300)
