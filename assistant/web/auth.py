"""Who is asking: one check for every HTTP interface (`/api`, `/v1`, `/mcp`).

A request names its user with `Authorization: Bearer <API key>` (keys issued per user by
`python -m assistant api-key NAME`, stored in the users file) or with HTTP Basic credentials
(the user's name and password, decoded as UTF-8 per RFC 7617). Without a users file there is no
login and the server only listens on loopback (see `create_server`)."""

from __future__ import annotations

import base64
import binascii

from assistant.web.users import UserDirectory

REALM = "rehab-assistant"
LOGIN_REQUIRED = ("Inloggning krävs: skicka en API-nyckel (Authorization: Bearer …) eller användarnamn och "
                  "lösenord (HTTP Basic) för en användare i användarfilen.")


def basic_credentials(header: str) -> tuple[str, str] | None:
    """(name, password) from an `Authorization: Basic …` header; None when it is not one or is malformed."""
    scheme, _, param = (header or "").partition(" ")
    if scheme.lower() != "basic" or not param.strip():
        return None
    try:
        text = base64.b64decode(param.strip(), validate=True).decode("utf-8")
    except (binascii.Error, ValueError):  # UnicodeDecodeError is a ValueError
        return None
    name, colon, password = text.partition(":")
    return (name, password) if colon else None


def bearer_token(header: str) -> str | None:
    scheme, _, param = (header or "").partition(" ")
    return param.strip() or None if scheme.lower() == "bearer" else None


def authenticate(header: str, users: UserDirectory) -> str | None:
    """The user an Authorization header proves to be, or None. A Basic check costs one bcrypt round
    (cached for a while after success), so call this off the event loop."""
    token = bearer_token(header)
    if token is not None:
        return users.verify_key(token)
    credentials = basic_credentials(header)
    if credentials is not None and users.verify(*credentials):
        return credentials[0]
    return None


def challenge() -> dict[str, str]:
    """The WWW-Authenticate header of a 401: both schemes are accepted."""
    return {"WWW-Authenticate": f'Bearer realm="{REALM}", Basic realm="{REALM}", charset="UTF-8"'}
