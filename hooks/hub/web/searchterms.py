"""Word forms for the browser search, so that 'Fachkräfte' finds 'Fachkraft'.

Material's search appends '*' to every query term, and lunr runs no stemmer on
wildcard terms: with a stemmer in the index, a query with an umlaut matches
nothing, because the German stemmer strips umlauts from every indexed word.
So the index is built without a stemmer, and each entry gets, hidden, the other
forms of its words found anywhere in the hub (and their stem), grouped by the
language's Snowball stemmer here at build time. Nouns also get their umlaut plural
('Kraft' -> 'kräften'): the search matches prefixes, so that one form covers
'Kräfte' and 'Kräften' even where no text of the hub uses them. Forms a prefix
search finds anyway are left out, to keep the index small.
"""

from __future__ import annotations

import regex
import snowballstemmer

_WORD = regex.compile(r"\p{L}[\p{L}\p{N}]{3,}")  # words of four letters or more
_TAG = regex.compile(r"<[^>]*>")
#: The vowels of a noun's last syllable and what follows them.
_LAST_SYLLABLE = regex.compile(r"([aeiouyäöü]+)([^aeiouyäöü]+)$")
_UMLAUT = {"au": "äu", "a": "ä", "o": "ö", "u": "ü"}
#: Endings whose nouns never take an umlaut in the plural (Heizung → Heizungen).
_NO_UMLAUT = ("ung", "ion", "schaft", "um", "us", "or", "on", "at", "ant", "ur", "al", "ar")


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(_TAG.sub(" ", text))}


def umlaut_plural(noun: str) -> str | None:
    """'kraft' -> 'kräften', 'haus' -> 'häusen'; None where German puts no umlaut."""
    match = _LAST_SYLLABLE.search(noun)
    if match is None or match.group(1) not in _UMLAUT or (noun.endswith(_NO_UMLAUT) and not noun.endswith("aus")):
        return None
    return f"{noun[: match.start()]}{_UMLAUT[match.group(1)]}{match.group(2)}en"


def _nouns(text: str) -> set[str]:
    # German capitalises nouns; a capital after a full stop may be any word, which
    # costs at most one needless form.
    return {w.lower() for w in _WORD.findall(_TAG.sub(" ", text)) if w[0].isupper() and not w.isupper()}


def related_forms(texts: list[str], language: str) -> list[list[str]]:
    """For each text, the sorted forms of its words' stems that a search could not find otherwise.

    The search matches prefixes: a form that begins another word of the entry (the
    stem 'energiew' of 'energiewende') adds nothing and is left out.
    """
    stemmer = snowballstemmer.stemmer(language)
    words = [_words(t) for t in texts]
    stems: dict[str, str] = {}
    forms: dict[str, set[str]] = {}
    for word in set().union(*words) if words else ():
        stem = stems[word] = stemmer.stemWord(word)
        forms.setdefault(stem, {stem}).add(word)
    result = []
    for text, own in zip(texts, words):
        related: set[str] = set()
        for word in own:
            related |= forms[stems[word]]
        related.update(p for noun in _nouns(text) if (p := umlaut_plural(noun)))
        result.append(_not_prefixes(related - own, own))
    return result


def _not_prefixes(forms: set[str], own: set[str]) -> list[str]:
    """``forms`` without those that begin another word: in sorted order, the next word tells."""
    every = sorted(forms | own)
    follows = {word: every[i + 1] if i + 1 < len(every) else "" for i, word in enumerate(every)}
    return sorted(form for form in forms if not follows[form].startswith(form))


_SPELLED_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def spelled_out(text: str) -> list[str]:
    """Words with umlauts or ß as typed without them: 'Wärmepumpe' -> 'waermepumpe'."""
    return sorted({w.translate(_SPELLED_OUT) for w in _words(text) if w != w.translate(_SPELLED_OUT)})


def add_related_forms(index: dict, stemmer: str) -> None:
    """Append to each entry of a lunr search index (Material's JSON) its related forms, hidden.

    A page's first entry (its title and lead, not its sections) also gets its words
    spelled without umlauts, for keyboards without them: 'waermepumpe' finds the
    post titled 'Wärmepumpe'. Only there, to keep the index small.
    """
    docs = index.get("docs", [])
    for doc, forms in zip(docs, related_forms([f"{d.get('title', '')} {d.get('text', '')}" for d in docs], stemmer)):
        if "#" not in doc.get("location", ""):
            forms = sorted({*forms, *spelled_out(f"{doc.get('title', '')} {doc.get('text', '')}")})
        if forms:
            # Hidden in result previews, found by the search.
            doc["text"] = f"{doc.get('text', '')}<p hidden>{' '.join(forms)}</p>"
