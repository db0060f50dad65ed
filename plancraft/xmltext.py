"""XML escaping for the parts plancraft writes as text: the same results as xml.sax.saxutils.escape and
quoteattr, without importing xml.sax.saxutils (which imports urllib.request, http.client and ssl:
about 20 ms of every render's start-up for two string replacements)."""

from __future__ import annotations


def escape(data: str) -> str:
    """`&`, `<` and `>` escaped (xml.sax.saxutils.escape without entities)."""
    return data.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def quoteattr(data: str) -> str:
    """`data` escaped and quoted as an attribute value, as xml.sax.saxutils.quoteattr does it: line
    breaks and tabs as character references; double quotes unless the value holds one, then single
    quotes unless it holds both, then double quotes with `&quot;`."""
    data = escape(data).replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")
    if '"' in data:
        if "'" in data:
            return '"%s"' % data.replace('"', "&quot;")
        return "'%s'" % data
    return '"%s"' % data
