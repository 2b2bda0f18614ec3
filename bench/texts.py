"""Varied German text for the benchmark's posts: about 4.5 KB a post, thousands of distinct words.

Sentences are put together from nouns (many of them compounds), verbs, adjectives,
numbers and product codes, so that the search index sees a vocabulary like real posts'
rather than a handful of repeated words. Deterministic for a given random generator.
"""

from __future__ import annotations

import random

PREFIXES = (
    "Wärme Kälte Energie Service Kunden Projekt Heiz Solar Wasser Strom Gebäude Werk Schul Familien Technik "
    "Vertriebs Ausbildungs Montage Planungs Wartungs Lager Förder Klima Luft Erd Boden Speicher Netz Haus "
    "Fach Betriebs Sicherheits Qualitäts Umwelt Zukunfts Stadt Land Markt Partner"
).split()
NOUNS = (
    "Pumpe Anlage Kraft Haus Garten Halle Leitung Steuerung Messe Schulung Stelle Team Kollegin Kollege "
    "Betrieb Auftrag Kunde Nachfrage Lösung Planung Förderung Sanierung Heizung Quelle Speicher Regler "
    "Fühler Ventil Kessel Rohr Platz Woche Zukunft Erfahrung Ausbildung Gespräch Beratung Angebot "
    "Bericht Studie Ergebnis Vorteil Nachweis Zertifikat Leistung Effizienz Lautstärke Wartung Montage "
    "Prüfstand Werkstatt Baustelle Gemeinde Schule Spital Wohnung Siedlung Straße Brücke Fabrik Bühne"
).split()
VERBS = (
    "plant baut liefert prüft zeigt erklärt verbessert senkt spart testet betreut startet sucht findet "
    "entwickelt ersetzt wartet misst steuert heizt kühlt gewinnt eröffnet begleitet unterstützt fördert "
    "dokumentiert bewertet vergleicht installiert modernisiert erweitert"
).split()
ADJECTIVES = (
    "leise sparsam neu modern regional erfahren zuverlässig effizient stark klein groß schnell sicher "
    "nachhaltig günstig digital praktisch offen stolz gemeinsam wichtig alt jung erste letzte bewährt "
    "robust kompakt flexibel transparent"
).split()
PLACES = "Kassel Görlitz Leipzig Erfurt Fulda Göttingen Dresden Hannover Bautzen Marburg Zittau Eisenach".split()
PREPOSITIONS = "für mit in bei nach aus von über unter neben".split()
OPENERS = (
    "Seit Jahren",
    "Im Frühjahr",
    "Gemeinsam mit Partnern",
    "Zum ersten Mal",
    "Nach langer Planung",
    "Ab sofort",
    "Im vergangenen Quartal",
    "Schon heute",
    "Bis Ende des Jahres",
    "Ganz konkret",
)
ENDINGS = {"e": "e", "en": "en", "er": "er", "es": "es"}


def noun(rng: random.Random) -> str:
    base = rng.choice(NOUNS)
    if rng.random() < 0.55:  # German builds words: Wärmepumpe, Kundenberatung, Heizungsanlage
        return rng.choice(PREFIXES) + base.lower()
    return base


def adjective(rng: random.Random) -> str:
    word = rng.choice(ADJECTIVES)
    return word + rng.choice(tuple(ENDINGS.values())) if not word.endswith("e") else word + rng.choice(("", "n", "r"))


def number(rng: random.Random) -> str:
    kind = rng.randrange(5)
    if kind == 0:
        return str(rng.randrange(2015, 2031))
    if kind == 1:
        return f"{rng.randrange(3, 98)} Prozent"
    if kind == 2:
        return f"WP-X{rng.randrange(1, 40)}"
    if kind == 3:
        return f"{rng.randrange(2, 900)} Kilowatt"
    return rng.choice(("R290", "R32", "R744", "KfW 458", "BEG EM"))


def sentence(rng: random.Random) -> str:
    parts = [
        rng.choice(OPENERS) if rng.random() < 0.3 else "",
        rng.choice(("Die", "Unsere", "Eine", "Jede")),
        adjective(rng),
        noun(rng),
        "in",
        rng.choice(PLACES),
        rng.choice(VERBS),
        rng.choice(("die", "eine", "unsere", "ihre")),
        noun(rng),
        rng.choice(PREPOSITIONS),
        number(rng) if rng.random() < 0.35 else noun(rng),
    ]
    text = " ".join(p for p in parts if p)
    if rng.random() < 0.4:
        text += f", und {rng.choice(('das', 'dies', 'so etwas'))} {rng.choice(VERBS)} {noun(rng)} {adjective(rng)}"
    return text[0].upper() + text[1:] + "."


def paragraph(rng: random.Random, sentences: int) -> str:
    return " ".join(sentence(rng) for _ in range(sentences))


def body(rng: random.Random, size: int = 4500) -> str:
    """Markdown of about ``size`` bytes: headings, paragraphs and a list of talking points."""
    out = ["## Hintergrund", ""]
    while len("\n".join(out).encode()) < size * 0.6:
        out += [paragraph(rng, rng.randint(3, 6)), ""]
    out += ["## Gesprächspunkte", ""]
    out += [f"- {sentence(rng)}" for _ in range(rng.randint(3, 5))]
    out.append("")
    while len("\n".join(out).encode()) < size:
        out += [paragraph(rng, rng.randint(2, 4)), ""]
    return "\n".join(out)
