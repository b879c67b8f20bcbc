"""The air gap, enforced inside the process: Python code may open no network socket.

YPSI Desktop runs on standalone and air-gapped machines and promises to open no network
connection (SECURITY.md item 35). A promise kept only by "nobody wrote networking code" breaks
the day a dependency grows a telemetry call or an update check, so the app installs an audit
hook (PEP 578) at start-up that refuses, with NetworkRefused, every Python attempt to:

- create a socket of any family but AF_UNIX (AF_INET, AF_INET6, and also AF_PACKET,
  AF_BLUETOOTH and the rest; a socket wrapped round an inherited descriptor, whose family
  Python does not know yet, is refused too);
- connect, bind, sendto or sendmsg on a socket that is not AF_UNIX (covers sockets made
  before the guard was installed);
- resolve a name or an address (getaddrinfo, gethostbyname[_ex], gethostbyaddr, getnameinfo);
- open a URL or a connection through the standard library's clients (urllib, http.client,
  ftplib, smtplib, poplib, imaplib, nntplib, telnetlib) or hand a URL to a web browser.

AF_UNIX stays allowed: it is local inter-process communication (Qt's platform plugins and the
desktop session use it), not a network. `socket.gethostname()` and service-name look-ups
read local tables only and stay allowed.

What the guard cannot see, and why the rest of the design matters:

- Qt's own C++ networking (QNetworkAccessManager, QLocalSocket's TCP fallbacks, QtPdf, which
  links QtNetwork, and anything reached through QDesktopServices.openUrl) never passes through
  Python's socket module. That is why the app never imports PySide6.QtNetwork, installs only
  the Essentials wheel, and `assert_no_qtnetwork()` checks it at start-up and in the tests.
  The guard also refuses the Python import of QtNetwork and the other networking Qt modules,
  but a Qt library that links QtNetwork in C++ would still load it unseen.
- C extensions and ctypes calling the operating system's socket functions directly, and child
  processes (a `curl` run through subprocess) are invisible to audit hooks.
- Qt's printing reaches CUPS (Linux, macOS) in C++. `install_network_guard()` therefore
  also points CUPS at the local print service's socket (CUPS_SERVER), so listing printers
  and printing stay on AF_UNIX instead of falling back to TCP on localhost:631.
- On Windows, `socket.socketpair()` and asyncio's default event loops build their pairs from
  loopback AF_INET sockets, so the guard refuses them; the app uses neither.

The guard is installed first thing at start-up, before Qt or anything else is imported, so it
names the one local address family by its number instead of importing `socket` (whose import
builds four enums and pulls in `selectors`) or even the `_socket` C module: AF_UNIX is 1 on
Linux, macOS and the BSDs (a test checks it against `socket.AF_UNIX`). Windows' Python has no
AF_UNIX sockets, so there every socket family is refused.

Audit hooks cannot be removed once added, so `install_network_guard()` adds the hook once per
process and returns at once on later calls. The hook runs for every audit event in the process
(file opens, imports, compiles), so its first step is one set look-up that lets every
unrelated event through.
"""

from __future__ import annotations

import sys
import threading
from typing import Final

__all__ = [
    "NetworkRefused",
    "QtNetworkLoaded",
    "assert_no_qtnetwork",
    "install_network_guard",
    "network_guard_installed",
]

AF_UNIX: Final = 1  # socket.AF_UNIX wherever Python has it (see above)
_LOCAL_FAMILIES: Final[frozenset[int]] = frozenset(() if sys.platform == "win32" else (AF_UNIX,))

# Audit events (Python 3.11 audit events table) and what the hook does with each.
_NEW_SOCKET: Final = "socket.__new__"  # (self, family, type, protocol)
_SOCKET_USE: Final = frozenset(
    {"socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"}
)  # (self, address)
_NAME_LOOKUPS: Final = frozenset(
    {
        "socket.getaddrinfo",
        "socket.gethostbyname",  # also raised by gethostbyname_ex
        "socket.gethostbyaddr",
        "socket.getnameinfo",
    }
)
_CLIENTS: Final = frozenset(
    {
        "http.client.connect",
        "ftplib.connect",
        "smtplib.connect",
        "poplib.connect",
        "imaplib.open",
        "nntplib.connect",
        "telnetlib.Telnet.open",
        "webbrowser.open",
    }
)
_URL_OPEN: Final = "urllib.Request"  # (fullurl, data, headers, method)
_LOCAL_URL_SCHEMES: Final = ("file:", "data:")
_IMPORT: Final = "import"  # (module, filename, sys.path, sys.meta_path, sys.path_hooks)
QT_NETWORK_MODULES: Final = (
    "PySide6.QtNetwork",
    "PySide6.QtNetworkAuth",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebSockets",
    "PySide6.QtWebView",
    "PySide6.QtHttpServer",
    "PySide6.QtRemoteObjects",
)
_WATCHED: Final = frozenset(
    {_NEW_SOCKET, _URL_OPEN, _IMPORT, *_SOCKET_USE, *_NAME_LOOKUPS, *_CLIENTS}
)

# The local print service's socket (CUPS's default domain socket on each system).
_CUPS_SOCKET: Final = {"darwin": "/private/var/run/cupsd"}

_lock = threading.Lock()
_installed = False


class NetworkRefused(RuntimeError):
    """Raised in place of a network operation: the app works with no network, by design.

    A RuntimeError rather than an OSError on purpose: code that quietly retries or falls back
    on OSError ("no connection, try later") must not swallow a refusal as a passing outage.
    """


class QtNetworkLoaded(RuntimeError):
    """A Qt networking module was loaded, so networking the audit hook cannot see is possible."""


def _refuse(what: str) -> NetworkRefused:
    return NetworkRefused(
        f"YPSI Desktop works without a network and refused {what}. "
        "This is a fault in the program, not in your case file: nothing was sent anywhere."
    )


def _family_of(sock: object) -> int:
    family = getattr(sock, "family", -1)
    return int(family) if isinstance(family, int) else -1


def _guard(event: str, args: tuple[object, ...]) -> None:
    """The audit hook. Must never fail on an event it does not refuse."""
    if event not in _WATCHED:
        return
    if event == _IMPORT:
        module = args[0] if args else None
        if isinstance(module, str) and module.startswith(QT_NETWORK_MODULES):
            raise _refuse(f"to load Qt's networking module {module}")
        return
    if event == _NEW_SOCKET:
        family = args[1] if len(args) > 1 else -1
        if not isinstance(family, int) or family not in _LOCAL_FAMILIES:
            raise _refuse(f"to create a network socket (address family {family})")
        return
    if event in _SOCKET_USE:
        if _family_of(args[0] if args else None) not in _LOCAL_FAMILIES:
            raise _refuse(f"a network operation ({event})")
        return
    if event in _NAME_LOOKUPS:
        raise _refuse(f"to look up a network name or address ({event})")
    if event == _URL_OPEN:
        url = args[0] if args else ""
        if isinstance(url, str) and url.lower().startswith(_LOCAL_URL_SCHEMES):
            return
        raise _refuse("to open a web address")
    if event in _CLIENTS:
        raise _refuse(f"to open a network connection ({event})")


def install_network_guard() -> None:
    """Refuse network use from Python code for the rest of this process's life.

    Call it first thing at start-up, before anything else is imported that might touch the
    network. Safe and cheap to call again: the hook is added once per process.
    """
    global _installed
    with _lock:
        if _installed:
            return
        sys.addaudithook(_guard)
        _keep_printing_local()
        _installed = True


def _keep_printing_local() -> None:
    """Point the print system's client library at the local print service's own socket.

    On Linux and macOS, Qt's printing asks CUPS for the printers in C++, out of the guard's
    sight; with no local print service running, CUPS falls back to TCP connections to
    localhost:631 (and to a print server, if one is configured). Naming the local socket keeps
    every printing step on AF_UNIX. A CUPS_SERVER the user chose is left alone. Windows prints
    through its own spooler, with no sockets from this process.
    """
    if sys.platform == "win32":
        return
    import os

    os.environ.setdefault("CUPS_SERVER", _CUPS_SOCKET.get(sys.platform, "/run/cups/cups.sock"))


def network_guard_installed() -> bool:
    return _installed


def loaded_qt_network_modules() -> list[str]:
    """The Qt networking modules present in sys.modules (normally none)."""
    return sorted(name for name in list(sys.modules) if name.startswith(QT_NETWORK_MODULES))


def assert_no_qtnetwork() -> None:
    """Raise QtNetworkLoaded if PySide6.QtNetwork (or another Qt networking module) is loaded.

    The audit hook cannot see Qt's C++ sockets, so the only guarantee for them is that the
    module offering them is never loaded. The app checks this once its window is up.
    """
    loaded = loaded_qt_network_modules()
    if loaded:
        raise QtNetworkLoaded(
            "Qt networking modules were loaded, which YPSI Desktop never does: " + ", ".join(loaded)
        )
