#!/usr/bin/env python3
"""The referral sheet as the person receives it, checked with outside tools.

For every sheet language: `relais --sheet` writes a PDF and the text messages; pdftotext reads
the PDF, pdftoppm renders it and zbarimg decodes its QR codes, which must hold the services'
facts from the bundled seed. The on-screen QR code (`--page qr`) is decoded the same way.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

relais, pdftotext, pdftoppm, zbarimg, seed_path = sys.argv[1:6]
seed = {s["id"]: s for s in json.load(open(seed_path, encoding="utf-8"))}
# A trafficking centre with an unofficial WhatsApp number, a number from an undated page, a
# service with no phone, one with hours.
IDS = ["pag-asa", "utsopi", "espace-p-bruxelles", "alias-bruxelles"]
NOW = "2026-12-08T19:00"
LANGS = ["fr", "nl", "en", "es", "pt", "ro", "bg", "hu", "ar"]
# Words only a French label, phone kind or caveat would put on a sheet.
FRENCH_LABELS = ["Adresse", "Téléphone", "Horaires", "Langues parlées", "Aide proposée",
                 "Sans rendez-vous", "Accueil", "source non officielle",
                 "source tierce", "page non datée", "Préparée le", "Où trouver", "inconnu"]
# An open/closed state frozen at printing, in any language the sheet could fall back to.
STATE_WORDS = ["Open now", "Closed", "Today", "Ouvert", "Fermé", "Aujourd'hui", "Vandaag",
               "Gesloten", "Nu open"]
SCRIPT = {"bg": r"[\u0400-\u04FF]", "ar": r"[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF]"}
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def run(*args):
    result = subprocess.run(args, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{' '.join(args)} failed ({result.returncode}):\n{result.stderr}")
    return result.stdout


def decode_qr(png):
    out = subprocess.run([zbarimg, "-q", "--raw", "-Sqrcode.binary=0", png],
                         capture_output=True, text=True).stdout
    return [c + "END:VCARD" for c in out.split("END:VCARD") if "BEGIN:VCARD" in c]


def vcard_matches(card, service):
    for phone in service["phones"]:
        check(phone["number"] in card, f"QR of {service['id']} lacks {phone['number']}")
    for key in ("email", "website"):
        if service.get(key):
            check(service[key] in card, f"QR of {service['id']} lacks its {key}")
    street = (service.get("address") or {}).get("street")
    if street:
        check(street in card, f"QR of {service['id']} lacks its street")


with tempfile.TemporaryDirectory() as tmp:
    for lang in LANGS:
        pdf = os.path.join(tmp, f"sheet-{lang}.pdf")
        # Names in English for the other languages: French words can then only be labels.
        text_lang = [] if lang in ("fr", "nl", "en") else ["--text-lang", "en"]
        run(relais, "--sheet", ",".join(IDS), "--lang", lang, *text_lang, "--output", pdf,
            "--now", NOW)
        text = run(pdftotext, pdf, "-")
        if lang != "fr":
            for word in FRENCH_LABELS:
                check(word not in text, f"{lang}: French label '{word}' on the sheet")
        for word in STATE_WORDS:
            check(word not in text, f"{lang}: open/closed state '{word}' on the sheet")
        for sid in IDS:
            service = seed[sid]
            for note in [service.get("notes") or ""] + service.get("sources", []):
                if len(note) > 12 and note != service.get("website"):
                    check(note[:40] not in text, f"{lang}: note or source of {sid} printed")
            for phone in service["phones"]:
                check(phone["number"] in text, f"{lang}: {phone['number']} missing")
        if lang in SCRIPT:
            check(re.search(SCRIPT[lang], text), f"{lang}: no text in the language's script")
        # Every service's QR code decodes to its facts.
        run(pdftoppm, "-r", "200", "-png", pdf, os.path.join(tmp, f"page-{lang}"))
        cards = []
        for name in sorted(os.listdir(tmp)):
            if name.startswith(f"page-{lang}") and name.endswith(".png"):
                cards += decode_qr(os.path.join(tmp, name))
        check(len(cards) == len(IDS), f"{lang}: {len(cards)} QR codes decoded, not {len(IDS)}")
        for sid in IDS:
            name = seed[sid]["name"]["en" if text_lang else lang]
            card = next((c for c in cards if f"FN:{name}".replace(",", "\\,") in c), None)
            check(card is not None, f"{lang}: no QR code for {sid}")
            if card:
                vcard_matches(card, seed[sid])
        # The text messages: one per service, each at most 300 characters.
        txt = os.path.join(tmp, f"sheet-{lang}.txt")
        run(relais, "--sheet", ",".join(IDS), "--lang", lang, "--output", txt, "--now", NOW)
        messages = open(txt, encoding="utf-8").read().strip().split("\n\n")
        check(len(messages) == len(IDS), f"{lang}: {len(messages)} messages")
        for message, sid in zip(messages, IDS):
            check(len(message) <= 300, f"{lang}: message of {sid} is {len(message)} characters")
            phones = seed[sid]["phones"]
            if phones:
                check(phones[0]["number"] in message, f"{lang}: message of {sid} lacks its number")
        caveated = [m for m in messages if "+32 470 94 07 77" in m]
        check(caveated and "—" in caveated[0],
              f"{lang}: the unofficial WhatsApp number lost its caveat")

    # The detail screen's QR code.
    png = os.path.join(tmp, "qr.png")
    run(relais, "--screenshot", png, "--page", "qr", "--open", "pag-asa", "--width", "390",
        "--height", "844", "--lang", "nl", "--now", NOW)
    cards = decode_qr(png)
    check(len(cards) == 1, f"screen: {len(cards)} QR codes decoded")
    if cards:
        check(f"FN:{seed['pag-asa']['name']['nl']}" in cards[0], "screen: wrong service name")
        vcard_matches(cards[0], seed["pag-asa"])

if failures:
    sys.exit("\n".join(failures))
print(f"{len(LANGS)} sheet languages: labels, scripts, QR codes and messages checked")
