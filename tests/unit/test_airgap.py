"""The network guard refuses every Python network operation and leaves local IPC alone.

Audit hooks are process-wide and cannot be removed, so every check runs in a child process
that installs the guard; the test process itself is never guarded. Each probe reports what
happened as JSON, so a probe that silently did nothing would show up as "ok" and fail.
"""

from __future__ import annotations

import json
import subprocess
import sys
import types
from pathlib import Path

import pytest

from ypsi_desktop.airgap import QtNetworkLoaded, assert_no_qtnetwork

REPO = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import json, os, socket, sys, tempfile
sys.path.insert(0, REPO)
from ypsi_desktop.airgap import NetworkRefused, install_network_guard

def outcome(action):
    try:
        action()
    except NetworkRefused as refused:
        return "refused: " + str(refused)
    except OSError as error:  # reached the operating system: the guard let it through
        return "allowed (" + type(error).__name__ + ")"
    return "allowed"

def unix_round_trip():
    folder = tempfile.mkdtemp()
    path = os.path.join(folder, "s")
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path)
    server.listen(1)
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.connect(path)
    peer, _ = server.accept()
    client.sendall(b"ping")
    assert peer.recv(4) == b"ping"
    for s in (peer, client, server):
        s.close()
    a, b = socket.socketpair()
    a.sendall(b"x")
    assert b.recv(1) == b"x"
    a.close(); b.close()

# A socket made before the guard: using it for the network must still be refused.
early = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
if GUARD:
    install_network_guard()
    install_network_guard()  # idempotent: a second call adds nothing

results = {name: outcome(action) for name, action in PROBES.items()}
results["early socket sendto"] = outcome(lambda: early.sendto(b"x", ("127.0.0.1", 9)))
results["early socket connect"] = outcome(lambda: early.connect(("127.0.0.1", 9)))
if hasattr(socket, "AF_UNIX"):
    results["AF_UNIX"] = outcome(unix_round_trip)
print(json.dumps(results))
"""

# Each probe is a lambda in the child; `early` is a socket made there before the guard.
NETWORK_ACTIONS = {
    "AF_INET socket": "lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM)",
    "AF_INET6 socket": "lambda: socket.socket(socket.AF_INET6, socket.SOCK_STREAM)",
    "UDP socket": "lambda: socket.socket(socket.AF_INET, socket.SOCK_DGRAM)",
    "socket from a descriptor": "lambda: socket.socket(fileno=os.dup(early.fileno()))",
    "getaddrinfo localhost": "lambda: socket.getaddrinfo('localhost', 80)",
    "getaddrinfo 127.0.0.1": "lambda: socket.getaddrinfo('127.0.0.1', 80)",
    "gethostbyname": "lambda: socket.gethostbyname('localhost')",
    "gethostbyname_ex": "lambda: socket.gethostbyname_ex('localhost')",
    "gethostbyaddr": "lambda: socket.gethostbyaddr('127.0.0.1')",
    "getnameinfo": "lambda: socket.getnameinfo(('127.0.0.1', 80), 0)",
    "connect 127.0.0.1": "lambda: socket.create_connection(('127.0.0.1', 9), timeout=1)",
    "urlopen": "lambda: __import__('urllib.request').request.urlopen('http://127.0.0.1:9/')",
    "http.client": (
        "lambda: __import__('http.client').client.HTTPConnection('127.0.0.1', 9).connect()"
    ),
}
# The audit events raised just before a browser opens and a Qt networking module loads,
# raised directly: whether a browser exists varies, and the import would load Qt.
REFUSED_ONLY = {
    "webbrowser": "lambda: sys.audit('webbrowser.open', 'https://example.invalid/')",
    "import QtNetwork": "lambda: sys.audit('import', 'PySide6.QtNetwork', None, [], [], [])",
}


def _run(probes: dict[str, str], *, guard: bool = True) -> dict[str, str]:
    table = "PROBES = {" + ", ".join(f"{k!r}: {v}" for k, v in probes.items()) + "}\n"
    code = f"REPO = {str(REPO)!r}\nGUARD = {guard!r}\n{table}{SCRIPT}"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def test_every_network_operation_is_refused_with_a_message() -> None:
    probes = NETWORK_ACTIONS | REFUSED_ONLY
    results = _run(probes)
    for name in probes:
        assert results[name].startswith("refused: YPSI Desktop works without a network"), (
            name,
            results[name],
        )
    assert results["early socket sendto"].startswith("refused"), results
    assert results["early socket connect"].startswith("refused"), results
    assert "address family 2" in results["AF_INET socket"]
    assert "address family 10" in results["AF_INET6 socket"] or sys.platform != "linux"


@pytest.mark.skipif(not hasattr(__import__("socket"), "AF_UNIX"), reason="no AF_UNIX here")
def test_local_unix_sockets_still_work() -> None:
    assert _run({})["AF_UNIX"] == "allowed"


@pytest.mark.skipif(not hasattr(__import__("socket"), "AF_UNIX"), reason="no AF_UNIX here")
def test_the_guard_names_the_same_local_family_as_the_socket_module() -> None:
    """The guard names AF_UNIX by number so start-up need not load the socket modules; if a
    platform numbered it differently, local display sockets would be refused."""
    import socket

    from ypsi_desktop import airgap

    assert airgap.AF_UNIX == socket.AF_UNIX


def test_the_probes_do_reach_the_network_stack_without_the_guard() -> None:
    """The control: without the guard the same probes are not refused (they fail, if at
    all, in the operating system), so the refusals above are the guard's doing."""
    results = _run(NETWORK_ACTIONS, guard=False)
    for name in NETWORK_ACTIONS:
        assert results[name].startswith("allowed"), (name, results[name])


def test_qtnetwork_check_names_the_module(monkeypatch: pytest.MonkeyPatch) -> None:
    """Checked against sys.modules alone, so a stand-in module shows it without loading Qt."""
    assert_no_qtnetwork()
    monkeypatch.setitem(sys.modules, "PySide6.QtNetwork", types.ModuleType("PySide6.QtNetwork"))
    with pytest.raises(QtNetworkLoaded, match=r"PySide6\.QtNetwork"):
        assert_no_qtnetwork()
