"""Optional real signatures on sign-offs: Ed25519 through the `cryptography` package.

`plancraft sign --key FILE` signs the bytes its digest is computed over (plancraft.digest:
the plan content, the sign-offs before it, its own step, name, role and date) and records the
public key and the signature in the approval. `plancraft verify --trust KEYS` then requires every
sign-off to carry a valid signature by one of the trusted public keys.

Keys: the private key is a PEM file (`openssl genpkey -algorithm ed25519 -out me.pem`); a public key
is written `ed25519:` + base64 of its 32 raw bytes, as recorded in the plan, and a trust file holds
one per line (blank lines and `#` comments allowed).
"""

from __future__ import annotations

from plancraft.i18n import _

import base64
import binascii
from pathlib import Path

from plancraft.errors import UsageError

KEY_PREFIX = "ed25519:"


class SignatureError(UsageError):
    """A key or signature that cannot be used; the message says why."""


def _crypto():
    try:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import ed25519
    except ImportError:
        raise SignatureError(_("Ed25519 signatures need the `cryptography` package: pip install 'plancraft[sign]'")) from None
    return serialization, ed25519


def load_private_key(path: Path):
    serialization, ed25519 = _crypto()
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SignatureError(_("{path}: cannot read the key: {value}").format(path=path, value=exc.strerror or exc)) from None
    if len(raw) > 64 * 1024:
        raise SignatureError(_("{path}: not an Ed25519 private key (the file is too large)").format(path=path))
    try:
        key = serialization.load_pem_private_key(raw, password=None)
    except (ValueError, TypeError) as exc:
        raise SignatureError(_("{path}: not an unencrypted PEM private key ({exc})").format(path=path, exc=exc)) from None
    except Exception as exc:  # noqa: BLE001 - the backend raises its own types for garbage input
        raise SignatureError(
            _("{path}: not a PEM private key ({error_type})").format(path=path, error_type=type(exc).__name__)
        ) from None
    if not isinstance(key, ed25519.Ed25519PrivateKey):
        raise SignatureError(
            _("{path}: the key is not an Ed25519 key; make one with `openssl genpkey -algorithm ed25519 -out key.pem`").format(
                path=path
            )
        )
    return key


def public_key_text(private_key) -> str:
    serialization, _skip = _crypto()
    raw = private_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return KEY_PREFIX + base64.b64encode(raw).decode("ascii")


def sign_payload(private_key, payload: bytes) -> str:
    return KEY_PREFIX + base64.b64encode(private_key.sign(payload)).decode("ascii")


def _decode(text: object, size: int) -> bytes | None:
    if not isinstance(text, str) or not text.startswith(KEY_PREFIX):
        return None
    try:
        raw = base64.b64decode(text[len(KEY_PREFIX) :], validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw if len(raw) == size else None


def signature_valid(key: object, signature: object, payload: bytes) -> bool:
    """Does `signature` (ed25519:…) verify `payload` under the public `key` (ed25519:…)?"""
    _skip, ed25519 = _crypto()
    raw_key, raw_signature = _decode(key, 32), _decode(signature, 64)
    if raw_key is None or raw_signature is None:
        return False
    from cryptography.exceptions import InvalidSignature

    try:
        ed25519.Ed25519PublicKey.from_public_bytes(raw_key).verify(raw_signature, payload)
    except (InvalidSignature, ValueError):
        return False
    return True


def read_trust_file(path: Path) -> set[str]:
    """The public keys (ed25519:…) listed in a trust file."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SignatureError(
            _("{path}: cannot read the trusted keys: {value}").format(path=path, value=getattr(exc, "strerror", None) or exc)
        ) from None
    keys = set()
    for number, line in enumerate(text.splitlines(), start=1):
        entry = line.split("#", 1)[0].strip()
        if not entry:
            continue
        word = entry.split()[0]
        if _decode(word, 32) is None:
            raise SignatureError(
                _("{path}:{number}: not a public key; write `ed25519:` and the base64 of 32 bytes").format(
                    path=path, number=number
                )
            )
        keys.add(word)
    return keys


def short_key(key: object) -> str:
    return str(key)[len(KEY_PREFIX) :][:12] if isinstance(key, str) else "?"
