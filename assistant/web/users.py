"""Who may log in to the web page, and who is an admin (upload and removal of documents).

The users file is TOML, one table per user, passwords stored as bcrypt hashes only:

    [users.anna]
    password_hash = "$2b$12$…"
    role = "admin"          # or "staff"
    api_key_sha256 = "…"    # optional: for clients that send `Authorization: Bearer <key>`

`python -m assistant add-user NAME --role admin` writes it; `python -m assistant api-key NAME`
issues a user's API key (shown once). A key is 256 random bits, so its SHA-256 is stored, not a
bcrypt hash: a key cannot be guessed, and checking one costs no bcrypt round per request."""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import re
import secrets
import threading
import time
import tomllib
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import bcrypt

_log = logging.getLogger(__name__)

ROLES = ("admin", "staff")
VERIFIED_FOR_S = 300.0
_NAME_RE = re.compile(r"^[A-Za-z0-9._@-]{1,64}$")
_HASH_RE = re.compile(r"^\$2[aby]?\$\d\d\$[./A-Za-z0-9]{53}$")
_SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
KEY_PREFIX = "rg-"


class UsersError(ValueError):
    """The users file cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class User:
    name: str
    password_hash: str
    role: str
    api_key_sha256: str = ""

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


def hash_password(password: str) -> str:
    if len(password) < 8:
        raise UsersError("the password must have at least 8 characters")
    return bcrypt.hashpw(password.encode("utf-8")[:72], bcrypt.gensalt()).decode("ascii")


class LoginThrottle:
    """Counts wrong passwords per user name: after `max_failures` within `window_s`, that name's
    password checks are refused (without a bcrypt round) until the oldest failure is `window_s` old.
    Guessing one user's password thus gets `max_failures` tries per window; a right password
    verified before the lock keeps working (its success is cached), and other names are not touched.
    A name is a key here whether or not such a user exists, so a lock does not tell who exists."""

    MAX_NAMES = 10_000

    def __init__(self, max_failures: int = 5, window_s: float = 900.0,
                 clock: Callable[[], float] = time.monotonic, counts: str = "user name") -> None:
        self.max_failures, self.window_s, self.clock, self.counts = max_failures, window_s, clock, counts
        self._failures: dict[str, deque[float]] = {}
        self._pending: dict[str, int] = {}  # checks under way
        self._lock = threading.Lock()

    def _recent(self, name: str, now: float) -> deque[float] | None:
        times = self._failures.get(name)
        while times and times[0] <= now - self.window_s:
            times.popleft()
        if times is not None and not times:
            del self._failures[name]
            return None
        return times

    def locked_for(self, name: str) -> float:
        """Seconds until `name` may try a password again; 0 when it may now."""
        with self._lock:
            now = self.clock()
            times = self._recent(name, now)
            if times is None or len(times) < self.max_failures:
                return 0.0
            return max(0.0, times[0] + self.window_s - now)

    def begin(self, name: str) -> bool:
        """Reserves one password check for `name`, or False when it is locked. Checks under way
        count as failures until they end (`failed`, `succeeded` or `released`), so parallel requests cannot
        run more than `max_failures` bcrypt checks of one name in a window."""
        with self._lock:
            times = self._recent(name, self.clock())
            if (len(times) if times else 0) + self._pending.get(name, 0) >= self.max_failures:
                return False
            self._pending[name] = self._pending.get(name, 0) + 1
            return True

    def _end(self, name: str) -> None:
        left = self._pending.get(name, 0) - 1
        if left > 0:
            self._pending[name] = left
        else:
            self._pending.pop(name, None)

    def failed(self, name: str) -> None:
        with self._lock:
            self._end(name)
            now = self.clock()
            times = self._recent(name, now)
            if times is None:
                if len(self._failures) >= self.MAX_NAMES:  # bounded memory: forget the stalest names
                    for stale in sorted(self._failures, key=lambda n: self._failures[n][-1])[:self.MAX_NAMES // 10]:
                        del self._failures[stale]
                times = self._failures[name] = deque(maxlen=self.max_failures)
            times.append(now)
            if len(times) == self.max_failures:
                _log.warning("login locked for %.0f s after %d wrong passwords for one %s",
                             self.window_s, self.max_failures, self.counts)

    def succeeded(self, name: str) -> None:
        with self._lock:
            self._end(name)
            self._failures.pop(name, None)

    def released(self, name: str) -> None:
        """A check that ended neither way (or a success that should not wipe the count): its
        reservation is given back, the failures stay."""
        with self._lock:
            self._end(name)


class UserDirectory:
    def __init__(self, users: dict[str, User], throttle: LoginThrottle | None = None) -> None:
        self.users = users
        self.throttle = throttle or LoginThrottle()
        # Recently verified (name, keyed digest of the password): the API checks credentials on every
        # request, and bcrypt's deliberate cost would otherwise be paid each time. Failures are never
        # cached, so guessing stays as slow as bcrypt makes it.
        self._key = secrets.token_bytes(32)
        self._verified: dict[tuple[str, bytes], float] = {}

    @classmethod
    def load(cls, path: Path, throttle: LoginThrottle | None = None) -> UserDirectory:
        try:
            raw = tomllib.loads(path.read_text("utf-8"))
        except FileNotFoundError:
            raise UsersError(f"users file {path} does not exist") from None
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise UsersError(f"users file {path} cannot be read: {exc}") from exc
        users = {}
        table = raw.get("users") or {}
        if not isinstance(table, dict):
            raise UsersError(f"users file {path} has no [users.NAME] entries (\"users\" is not a table)")
        for name, entry in table.items():
            if not isinstance(entry, dict) or not _HASH_RE.match(str(entry.get("password_hash", ""))):
                raise UsersError(f"users file {path}: user '{name}' needs a bcrypt password_hash")
            role = entry.get("role", "staff")
            if role not in ROLES:
                raise UsersError(f"users file {path}: user '{name}' has role '{role}'; use one of {', '.join(ROLES)}")
            key_hash = str(entry.get("api_key_sha256", ""))
            if key_hash and not _SHA256_RE.match(key_hash):
                raise UsersError(f"users file {path}: user '{name}' has an api_key_sha256 that is not 64 hex digits")
            users[name] = User(name, entry["password_hash"], role, key_hash)
        if not users:
            raise UsersError(f"users file {path} has no [users.NAME] entries")
        return cls(users, throttle)

    def verify(self, name: str, password: str) -> bool:
        key = (name, hmac.new(self._key, str(password).encode("utf-8", "surrogatepass"), "sha256").digest())
        if self._verified.get(key, 0.0) > time.monotonic():
            return True
        name = str(name)
        if not self.throttle.begin(name):
            return False
        right = False
        try:
            right = self._check(name, password)
        finally:
            (self.throttle.succeeded if right else self.throttle.failed)(name)
        if right:
            if len(self._verified) > 1000:
                self._verified.clear()
            self._verified[key] = time.monotonic() + VERIFIED_FOR_S
        return right

    def _check(self, name: str, password: str) -> bool:
        user = self.users.get(name)
        known = user is not None and isinstance(password, str)
        # the same cost whether or not the user exists: a real user's hash carries the real cost
        target = user or next(iter(self.users.values()), None)
        hashed = target.password_hash.encode("ascii") if target else _DUMMY_HASH
        try:
            matches = bcrypt.checkpw(password.encode("utf-8")[:72] if known else b"timing", hashed)
        except ValueError:  # a hash that looks like bcrypt but is not one: no login, no crash
            return False
        return known and matches

    def verify_key(self, key: str) -> str | None:
        """The user whose API key this is, or None."""
        if not isinstance(key, str) or not key.startswith(KEY_PREFIX):
            return None
        digest = _key_digest(key)
        found = None
        for user in self.users.values():  # every user compared, so the time does not say which matched
            if user.api_key_sha256 and hmac.compare_digest(user.api_key_sha256, digest):
                found = user.name
        return found

    def is_admin(self, name: str | None) -> bool:
        user = self.users.get(name or "")
        return user is not None and user.is_admin


_DUMMY_HASH = bcrypt.hashpw(b"dummy", bcrypt.gensalt(rounds=4))


def add_user(path: Path, name: str, password: str, role: str) -> None:
    """Adds or replaces one user, keeping the others; the file is written whole."""
    if not _NAME_RE.match(name):
        raise UsersError(f"user name '{name}': use 1–64 letters, digits, '.', '_', '@' or '-'")
    if role not in ROLES:
        raise UsersError(f"role '{role}': use one of {', '.join(ROLES)}")
    users = UserDirectory.load(path).users if path.exists() else {}
    key_hash = users[name].api_key_sha256 if name in users else ""  # a new password keeps the API key
    users[name] = User(name, hash_password(password), role, key_hash)
    _write(path, users)


def issue_api_key(path: Path, name: str) -> str:
    """A new API key for an existing user (replacing any earlier one). Only its SHA-256 is stored,
    so the key returned here is the only copy."""
    users = UserDirectory.load(path).users
    if name not in users:
        raise UsersError(f"user '{name}' is not in {path}; add them first with add-user")
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    user = users[name]
    users[name] = User(user.name, user.password_hash, user.role, _key_digest(key))
    _write(path, users)
    return key


def _key_digest(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


def _write(path: Path, users: dict[str, User]) -> None:
    lines = ["# Users of the web page (python -m assistant add-user). Passwords are bcrypt hashes;",
             "# API keys (python -m assistant api-key) are stored as their SHA-256.", ""]
    for user in users.values():
        lines += [f"[users.{_toml_key(user.name)}]", f'password_hash = "{user.password_hash}"',
                  f'role = "{user.role}"']
        lines += [f'api_key_sha256 = "{user.api_key_sha256}"'] if user.api_key_sha256 else []
        lines.append("")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # never readable by others, not even briefly
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
    tmp.replace(path)


def _toml_key(name: str) -> str:
    return name if re.fullmatch(r"[A-Za-z0-9_-]+", name) else f'"{name}"'
