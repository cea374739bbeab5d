#!/usr/bin/env python3
"""Writes Dateline's bundled demo corpus: fictional news pages, in every supported format.

Everything here is invented for the project: the countries, people, outlets and events. Run from the
repository root; it rewrites dateline-cli/src/main/resources/demo/ (README.md is kept).
"""
import gzip, io, json, os, uuid
from email.utils import format_datetime
from datetime import datetime, timezone

OUT = "dateline-cli/src/main/resources/demo"

# --- The story world -------------------------------------------------------------------------
# Each story: an id, a date, a headline, and body paragraphs. Wire stories are reused by outlets.
STORIES = {
 "summit1": dict(date="2024-03-12", title="Valdoria and Kestrel open trade talks in Port Alder",
  body=[
   "PORT ALDER, March 12 (Continental Wire) - Valdorian Trade Minister Elena Varga opened two days of talks with Kestrel Commerce Secretary Tomas Rehn on Tuesday, the first meeting of the two governments' trade council in three years.",
   "The talks are expected to focus on port fees, grain shipments and a customs protocol that has been stalled since 2021, officials from both sides said.",
   "\u201cWe have come to Port Alder to listen, and to leave with something our exporters can use,\u201d Varga told reporters at the harbour authority building.",
   "Rehn said the Kestrel delegation would table a proposal to cut berth fees for bulk carriers by 15 per cent if Valdoria agreed to faster customs checks.",
   "Trade between the two countries fell 12.4 per cent to $3.2 billion last year, according to figures from the Valdorian statistics office.",
   "The council is due to publish a joint statement on Wednesday.",
  ]),
 "summit1_day2": dict(date="2024-03-13", title="Port Alder talks end with customs deal, fees left open",
  body=[
   "Valdoria and the Kestrel Federation agreed on Wednesday to a new customs protocol that will let inspected grain cargoes clear both borders in a single check, ending months of delay.",
   "The two ministers did not settle the dispute over berth fees, which Kestrel shippers say are the highest on the Marrow Coast.",
   "\u201cThe customs protocol is the biggest step in a decade. The fees will take longer,\u201d Rehn said after the closing session.",
   "Varga said her ministry would study the Kestrel proposal and reply before the council meets again in the autumn.",
   "Shipping agents in Port Alder welcomed the protocol. A spokesman for the Port Alder Shippers' Guild said waiting times for grain ships could fall by two days.",
  ]),
 "summit2": dict(date="2024-10-08", title="Trade council meets in Kestrel City as fee row drags on",
  body=[
   "KESTREL CITY, Oct 8 (Continental Wire) - Kestrel Commerce Secretary Tomas Rehn hosted Valdorian Trade Minister Elena Varga in Kestrel City on Tuesday for the second round of trade council talks this year, with the port-fees dispute still unresolved.",
   "Since the customs protocol took effect in June, grain shipments through Port Alder have risen 8 per cent, according to the Kestrel commerce ministry.",
   "But Kestrel exporters still pay berth fees of up to $41,000 a call, about a third more than at rival ports, the Kestrel Shipowners' Association said.",
   "\u201cWe are close, but close is not a deal,\u201d Varga said before the talks. \u201cWe will not cut fees that pay for the harbour's upkeep without something in return.\u201d",
   "Rehn said the two sides had narrowed their differences to a question of timing.",
  ]),
 "summit3": dict(date="2025-06-17", title="Valdoria and Kestrel settle port-fee dispute at third summit",
  body=[
   "PORT ALDER, June 17 (Continental Wire) - Valdoria agreed on Tuesday to cut berth fees for Kestrel bulk carriers by 10 per cent from January, settling a dispute that had shadowed relations between the two neighbours for more than two years.",
   "In return, the Kestrel Federation will fund half of a $90 million upgrade to the harbour's northern quay, Valdorian Trade Minister Elena Varga told a news conference after the talks.",
   "\u201cThis is a fair trade: lower fees for a better port,\u201d Varga said.",
   "Kestrel Commerce Secretary Tomas Rehn called the agreement \u201cthe end of a long argument between good neighbours.\u201d",
   "The deal completes a process that began at the first trade council meeting in Port Alder in March last year, when the two sides agreed a customs protocol but left fees open.",
   "Trade between the two countries rose 6.1 per cent to $3.4 billion in 2024, Valdorian figures show.",
  ]),
 "quake": dict(date="2025-02-14", title="Strong earthquake shakes the Marrow Valley",
  body=[
   "A magnitude 6.2 earthquake struck the Marrow Valley early on Friday, damaging hundreds of homes and cutting power to about 40,000 households, the Valdorian civil protection agency said.",
   "The quake hit at 4:12 a.m. local time at a depth of 10 km, about 18 km north of the town of Ostrel, the national seismology institute said.",
   "At least 14 people were injured, three of them seriously, according to the agency. No deaths had been reported by midday.",
   "\u201cOur teams are going house to house in the old quarter of Ostrel, where the damage is worst,\u201d agency chief Mirela Dusk said.",
   "Rail services between Ostrel and Port Alder were suspended while engineers inspected two bridges.",
  ]),
 "quake_after": dict(date="2025-02-16", title="Marrow Valley quake damage put at $120 million",
  body=[
   "Friday's earthquake in the Marrow Valley caused about $120 million of damage, the Valdorian government estimated on Sunday, as aftershocks kept residents of Ostrel out of their homes.",
   "More than 1,100 people spent a second night in sports halls and schools, the civil protection agency said.",
   "Interior Minister Pavel Rehn, who visited Ostrel on Saturday, said the government would release emergency funds on Monday.",
   "\u201cNo family in the valley will be left to rebuild alone,\u201d Pavel Rehn said.",
   "Power had been restored to all but 2,300 households by Sunday evening.",
  ]),
 "rates": dict(date="2025-05-06", title="Bank of Valdoria cuts rates for the first time in two years",
  body=[
   "The Bank of Valdoria cut its main interest rate by 25 basis points to 3.75% on Tuesday, its first cut in two years, saying inflation had slowed faster than expected.",
   "Consumer prices rose 2.4 per cent in the year to March, down from 3.1 per cent in January, official data showed last month.",
   "Governor Ilse Marten said the bank would move \u201ccarefully and step by step\u201d and that further cuts were not guaranteed.",
   "Most economists polled by Meridian Business Review had expected the cut. Two had expected the bank to wait until July.",
   "The Valdorian crown weakened 0.6 per cent against the dollar after the decision.",
  ]),
}

OUTLETS = {
 "northbridge": dict(name="Northbridge Herald", host="northbridgeherald.example", style="uk"),
 "valdoria": dict(name="Valdoria Daily", host="valdoriadaily.example", style="uk"),
 "kestrel": dict(name="The Kestrel Times", host="kestreltimes.example", style="us"),
 "meridian": dict(name="Meridian Business Review", host="meridianreview.example", style="us"),
 "harbourline": dict(name="Harbourline News", host="harbourline.example", style="uk"),
 "wire": dict(name="Continental Wire", host="continentalwire.example", style="uk"),
}

AUTHORS = ["Mara Lind", "Jonas Vell", "Petra Osk", "Lucas Brenn", "Ada Korrin", "Samir Hale"]

def house_style(paragraphs, style, drop_honorific=False):
    """Applies an outlet's house style to wire copy: % vs per cent, quotes, spelling."""
    out = []
    for p in paragraphs:
        if style == "us":
            p = p.replace(" per cent", "%").replace("harbour", "harbor").replace("Harbour", "Harbor")
            p = p.replace("\u201c", '"').replace("\u201d", '"')
            p = p.replace("neighbours", "neighbors")
        out.append(p)
    return out

def strip_dateline(paragraphs):
    first = paragraphs[0]
    if " - " in first[:80]:
        first = first.split(" - ", 1)[1]
        first = first[0].upper() + first[1:]
    return [first] + paragraphs[1:]

# --- Renderers ------------------------------------------------------------------------------
def html_page(outlet, story, paras, author, with_jsonld, with_meta, related, extra_note=None):
    o = OUTLETS[outlet]
    date = story["date"]
    head = [f"<meta charset=\"utf-8\">", f"<title>{story['title']} | {o['name']}</title>"]
    if with_meta:
        head += [f"<meta property=\"og:title\" content=\"{story['title']}\">",
                 f"<meta property=\"og:site_name\" content=\"{o['name']}\">",
                 f"<meta property=\"article:published_time\" content=\"{date}T08:30:00+01:00\">",
                 f"<meta name=\"author\" content=\"{author}\">"]
    if with_jsonld:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": story["title"],
              "datePublished": f"{date}T08:30:00+01:00", "author": {"@type": "Person", "name": author},
              "publisher": {"@type": "Organization", "name": o["name"]}}
        head.append("<script type=\"application/ld+json\">" + json.dumps(ld) + "</script>")
    body_paras = "\n".join(f"      <p>{p}</p>" for p in paras)
    rel = "\n".join(f"        <li><a href=\"/news/{i}\">{r}</a></li>" for i, r in enumerate(related))
    time_tag = f"<time datetime=\"{date}\">{date}</time>" if with_meta else ""
    note = f"\n      <p class=\"editor-note\">{extra_note}</p>" if extra_note else ""
    return f"""<!doctype html>
<html lang="en"><head>
  {chr(10).join('  ' + h for h in head).strip()}
</head><body>
  <header class="site-header"><a class="logo" href="/">{o['name']}</a>
    <nav><a href="/world">World</a> <a href="/business">Business</a> <a href="/trade">Trade</a> <a href="/opinion">Opinion</a> <a href="/subscribe">Subscribe</a></nav>
  </header>
  <div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
  <main>
    <article class="story">
      <h1>{story['title']}</h1>
      <p class="byline">By <a rel="author" href="/staff/{author.split()[0].lower()}">{author}</a> {time_tag}</p>
      <figure><img src="/img/{outlet}-{date}.jpg" alt=""><figcaption>Officials arrive for the talks. Photo: Continental Wire/Ilka Sorn</figcaption></figure>
{body_paras}{note}
      <div class="share-bar">Share this article: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
      <div class="newsletter-signup"><h3>Get the morning briefing</h3><p>Sign up for our free newsletter and never miss a story.</p><input type="email"><button>Sign up</button></div>
    </article>
    <aside class="related-stories"><h2>Related stories</h2><ul>
{rel}
      </ul></aside>
  </main>
  <footer><p>&copy; 2025 {o['name']}. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
</body></html>
"""

def text_dump(outlet, story, paras, author, broken_link=False, related=()):
    o = OUTLETS[outlet]
    lines = ["Skip to main content", "", story["title"], "", "Sign up for our daily newsletter", "",
             f"PHOTO: CONTINENTAL WIRE", "", f"By {author}", ""]
    for i, p in enumerate(paras):
        if broken_link and i == 1:
            # a sentence broken over three lines by a stripped hyperlink
            words = p.split(" ")
            a = " ".join(words[:4]); b = " ".join(words[4:10]); c = " ".join(words[10:])
            lines += [a, "", b, "", ", " + c if not c.startswith(",") else c, ""]
            continue
        lines += [p, ""]
    lines += ["Already a subscriber? Log in", "", "Related Stories"] + list(related) + ["",
              f"Download the {o['name']} app", f"{author} is a correspondent covering trade and the economy for {o['name']}."]
    return "\n".join(lines) + "\n"

def broken_split_fix(paras):
    return paras

# --- Which outlet reports what ---------------------------------------------------------------
RELATED = ["Ferry fares to rise in spring", "Port Alder Council Rejects Bridge Toll Plan",
           "Grain Harvest Forecast Cut Again", "Storm Closes Coastal Road for Third Day"]

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f != "README.md":
            os.remove(os.path.join(OUT, f))
    n = 0
    def write(name, data, gz=False):
        nonlocal n
        n += 1
        path = os.path.join(OUT, name)
        raw = data.encode("utf-8") if isinstance(data, str) else data
        if gz:
            with gzip.GzipFile(path, "wb", mtime=0) as g:
                g.write(raw)
        else:
            with open(path, "wb") as f:
                f.write(raw)

    S = STORIES
    # Wire copy, reused by outlets with house-style differences (wire copies).
    wire1 = S["summit1"]["body"]
    write("northbridge-2024-03-12-trade-talks.html", html_page("northbridge", S["summit1"], wire1, AUTHORS[0], True, True, RELATED[:3]))
    write("kestrel-times-2024-03-12-trade-talks.html", html_page("kestrel", S["summit1"], house_style(strip_dateline(wire1), "us") +
          ["Kestrel manufacturers have long complained that the fees make their exports less competitive than goods shipped through Lund."],
          AUTHORS[1], False, True, RELATED[1:]))
    write("valdoria-daily-2024-03-12-talks.txt", text_dump("valdoria", S["summit1"], strip_dateline(wire1), AUTHORS[2], broken_link=True, related=RELATED[:2]))
    write("harbourline-2024-03-13-customs-deal.html", html_page("harbourline", S["summit1_day2"], S["summit1_day2"]["body"], AUTHORS[3], True, True, RELATED))
    write("valdoria-daily-2024-03-13-customs.txt", text_dump("valdoria", S["summit1_day2"], S["summit1_day2"]["body"][:4] +
          ["Opposition lawmakers said the government had given away too much on inspections."], AUTHORS[2], related=RELATED[2:]))
    wire2 = S["summit2"]["body"]
    write("meridian-2024-10-08-fee-row.html", html_page("meridian", S["summit2"], house_style(strip_dateline(wire2), "us"), AUTHORS[4], True, False, RELATED[:2]))
    write("northbridge-2024-10-08-kestrel-city.txt", text_dump("northbridge", S["summit2"], wire2, AUTHORS[0], related=RELATED[1:3]))
    write("harbourline-2024-10-09-fees.htm", html_page("harbourline", S["summit2"], strip_dateline(wire2)[:3] +
          ["Port workers in Port Alder said they feared job losses if fees were cut without new investment."], AUTHORS[3], False, False, RELATED[2:]))
    wire3 = S["summit3"]["body"]
    write("valdoria-daily-2025-06-17-fee-deal.html.gz", html_page("valdoria", S["summit3"], strip_dateline(wire3), AUTHORS[2], True, True, RELATED[:3]), gz=True)
    write("kestrel-times-2025-06-17-fee-deal.txt", text_dump("kestrel", S["summit3"], house_style(strip_dateline(wire3), "us"), AUTHORS[1], related=RELATED[:2]))
    write("quake-northbridge-2025-02-14.html", html_page("northbridge", S["quake"], S["quake"]["body"], AUTHORS[5], True, True, RELATED[3:]))
    write("quake-valdoria-daily-2025-02-14.txt", text_dump("valdoria", S["quake"], S["quake"]["body"][:4] +
          ["Residents described hearing a deep rumble before the shaking began."], AUTHORS[2], related=RELATED[3:]))
    write("quake-harbourline-2025-02-16-damage.html.gz", html_page("harbourline", S["quake_after"], S["quake_after"]["body"], AUTHORS[3], False, True, RELATED), gz=True)
    write("rates-meridian-2025-05-06.html", html_page("meridian", S["rates"], house_style(S["rates"]["body"], "us"), AUTHORS[4], True, True, RELATED[:2]))
    write("rates-northbridge-2025-05-06.txt", text_dump("northbridge", S["rates"], S["rates"]["body"], AUTHORS[0], related=RELATED[:1]))

    # WARC: one compressed file (warcinfo, a request, four responses) and one plain file.
    def warc_record(kind, uri, date, block, content_type):
        rid = f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, kind + uri + date)}>"
        headers = [f"WARC/1.0", f"WARC-Type: {kind}", f"WARC-Record-ID: {rid}", f"WARC-Date: {date}"]
        if uri:
            headers.append(f"WARC-Target-URI: {uri}")
        headers += [f"Content-Type: {content_type}", f"Content-Length: {len(block)}"]
        return ("\r\n".join(headers) + "\r\n\r\n").encode() + block + b"\r\n\r\n"
    def http_response(html):
        body = html.encode("utf-8")
        return (f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {len(body)}\r\n\r\n").encode() + body
    warc_pages = [
        ("https://kestreltimes.example/2025/02/14/quake", S["quake"], house_style(S["quake"]["body"], "us"), "kestrel", AUTHORS[1]),
        ("https://meridianreview.example/2025/06/17/fees", S["summit3"], house_style(strip_dateline(S["summit3"]["body"]), "us"), "meridian", AUTHORS[4]),
        ("https://harbourline.example/2025/05/06/rates", S["rates"], S["rates"]["body"][:4], "harbourline", AUTHORS[3]),
        ("https://northbridgeherald.example/2024/03/13/customs", S["summit1_day2"], S["summit1_day2"]["body"], "northbridge", AUTHORS[0]),
    ]
    members = []
    members.append(warc_record("warcinfo", "", "2025-06-18T02:00:00Z", b"software: demo-crawler/1.0\r\nformat: WARC File Format 1.0\r\n", "application/warc-fields"))
    members.append(warc_record("request", warc_pages[0][0], "2025-06-18T02:00:01Z", b"GET /2025/02/14/quake HTTP/1.1\r\nHost: kestreltimes.example\r\n\r\n", "application/http; msgtype=request"))
    for uri, story, paras, outlet, author in warc_pages:
        page = html_page(outlet, story, paras, author, False, False, RELATED[:2])
        members.append(warc_record("response", uri, "2025-06-18T02:00:05Z", http_response(page), "application/http; msgtype=response"))
    with open(os.path.join(OUT, "crawl-2025-06.warc.gz"), "wb") as f:
        for m in members:
            f.write(gzip.compress(m, mtime=0))
    n += 4
    plain = [("https://valdoriadaily.example/2025/02/16/quake-damage", S["quake_after"], S["quake_after"]["body"][:4], "valdoria", AUTHORS[2]),
             ("https://kestreltimes.example/2024/10/08/kestrel-city", S["summit2"], house_style(strip_dateline(S["summit2"]["body"]), "us"), "kestrel", AUTHORS[1])]
    with open(os.path.join(OUT, "archive.warc"), "wb") as f:
        for uri, story, paras, outlet, author in plain:
            f.write(warc_record("response", uri, "2025-02-17T09:00:00Z", http_response(html_page(outlet, story, paras, author, False, False, RELATED[1:])), "application/http; msgtype=response"))
    n += 2

    # RSS 2.0 and Atom feeds with full-text content.
    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    items = [(S["rates"], "https://continentalwire.example/rates", S["rates"]["body"]),
             (S["quake"], "https://continentalwire.example/quake", S["quake"]["body"]),
             (S["summit2"], "https://continentalwire.example/kestrel-city", S["summit2"]["body"])]
    rss = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<rss version=\"2.0\"><channel>",
           "<title>Continental Wire</title><link>https://continentalwire.example/</link><description>Wire stories</description>"]
    for story, link, body in items:
        d = datetime.fromisoformat(story["date"] + "T07:00:00+00:00")
        html = "".join(f"<p>{p}</p>" for p in body) + "<p>Continental Wire stories may be republished by subscribers only.</p>"
        rss.append(f"<item><title>{esc(story['title'])}</title><link>{link}</link><guid>{link}</guid><pubDate>{format_datetime(d)}</pubDate><author>desk@continentalwire.example (Wire Desk)</author><description>{esc(html)}</description></item>")
    rss.append("</channel></rss>")
    write("continental-wire.rss", "\n".join(rss) + "\n")
    atom = ["<?xml version=\"1.0\" encoding=\"utf-8\"?>", "<feed xmlns=\"http://www.w3.org/2005/Atom\">",
            "<title>Harbourline News</title><id>urn:harbourline:feed</id><updated>2025-06-18T00:00:00Z</updated>"]
    for story, author in [(S["summit3"], AUTHORS[3]), (S["quake_after"], AUTHORS[3])]:
        html = "".join(f"<p>{p}</p>" for p in strip_dateline(story["body"]))
        atom.append(f"<entry><title>{esc(story['title'])}</title><id>urn:harbourline:{story['date']}</id><link href=\"https://harbourline.example/{story['date']}\"/><published>{story['date']}T10:00:00Z</published><updated>{story['date']}T10:00:00Z</updated><author><name>{author}</name></author><content type=\"html\">{esc(html)}</content></entry>")
    atom.append("</feed>")
    write("harbourline.atom", "\n".join(atom) + "\n")

    # JSON Lines: one HTML page, two plain texts.
    jl = [
        {"url": "https://meridianreview.example/2024/03/13/customs", "title": S["summit1_day2"]["title"],
         "html": "<article>" + "".join(f"<p>{p}</p>" for p in house_style(S["summit1_day2"]["body"], "us")) + "</article>",
         "published": "2024-03-13", "outlet": "Meridian Business Review", "authors": [AUTHORS[4]]},
        {"url": "https://northbridgeherald.example/2025/02/16/quake-damage", "title": S["quake_after"]["title"],
         "text": "\n\n".join(S["quake_after"]["body"]), "published": "2025-02-16T18:00:00Z", "outlet": "Northbridge Herald", "authors": AUTHORS[5]},
        {"url": "https://kestreltimes.example/2025/05/06/rates", "title": S["rates"]["title"],
         "text": "\n\n".join(house_style(S["rates"]["body"], "us")), "published": "2025-05-06", "outlet": "The Kestrel Times", "authors": [AUTHORS[1]]},
    ]
    write("feed-export.jsonl", "\n".join(json.dumps(j, ensure_ascii=False) for j in jl) + "\n")
    n += 2
    print(f"wrote about {n} pages to {OUT}")

if __name__ == "__main__":
    main()
