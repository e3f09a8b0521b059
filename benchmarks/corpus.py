"""Synthetic seminar reports shaped like the seed report, written as a graph/ folder the real build reads.

    python benchmarks/corpus.py --reports 100 --out /tmp/corpus-100     # writes /tmp/corpus-100/graph
    migration-kg build --data /tmp/corpus-100/graph --store oxigraph

Each report is a folder ``sources/<id>/`` with ``metadata.yaml`` (title, publisher, series, date,
place and the report's headings as sections), ``source.txt`` (a title page in capitals, then
BACKGROUND, OBJECTIVES, SUMMARY OF INTERVENTIONS with APPROACHES, ISSUES AND PRACTICES and a
topic sub-section, and THE PROCESS; paragraphs wrapped over several lines with blank lines
between, like the seed report's text) and ``statements/*.yaml`` (curated statements and
partnerships, each quoting a sentence, or a clause of one, that really is in ``source.txt``; a
quote found twice gets ``occurrence:``). The registry (``registry/*.yaml``) is shared: about forty real
organisations, countries, cities and a topic scheme, plus entities that grow with the corpus (one
organisation, one person, one seminar and half a programme per report, one series per twenty
reports), with acronyms and aliases, so that every report mentions old and new entities.

Everything is drawn from ``random.Random(seed)``: the same size and seed give the same files.
Each report gives 15 statements, 2 partnerships and about 30 mentions: about 1,150 triples with its
sections, paragraphs and evidence; 1,000 reports make 1.17 million triples with the registry.
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import random
import shutil
import sys
import textwrap
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from migration_kg.curation.quotes import QuoteIndex  # noqa: E402

#: Organisations every report may name: (id, label, acronyms, aliases).
CORE_ORGANISATIONS = [
    ("iom", "International Organization for Migration", ["IOM"], []),
    ("ilo", "International Labour Organization", ["ILO"], ["International Labour Office"]),
    ("unitar", "United Nations Institute for Training and Research", ["UNITAR"], []),
    ("unfpa", "United Nations Population Fund", ["UNFPA"], []),
    ("undp", "United Nations Development Programme", ["UNDP"], []),
    ("unhcr", "Office of the United Nations High Commissioner for Refugees", ["UNHCR"], ["UN Refugee Agency"]),
    ("unicef", "United Nations Children's Fund", ["UNICEF"], []),
    ("world-bank", "World Bank", [], ["International Bank for Reconstruction and Development"]),
    ("oecd", "Organisation for Economic Co-operation and Development", ["OECD"], []),
    ("ifad", "International Fund for Agricultural Development", ["IFAD"], []),
    ("who", "World Health Organization", ["WHO"], []),
    ("unesco", "United Nations Educational, Scientific and Cultural Organization", ["UNESCO"], []),
    ("european-commission", "European Commission", ["EC"], []),
    ("african-union", "African Union", ["AU"], []),
    ("macarthur-foundation", "MacArthur Foundation", [], []),
    ("king-baudouin-foundation", "King Baudouin Foundation", [], []),
    ("western-union", "Western Union", [], []),
    ("undesa", "United Nations Department of Economic and Social Affairs", ["UNDESA", "DESA"], []),
    ("unctad", "United Nations Conference on Trade and Development", ["UNCTAD"], []),
    ("gmg", "Global Migration Group", ["GMG"], []),
    ("icmpd", "International Centre for Migration Policy Development", ["ICMPD"], []),
    ("un-women", "United Nations Entity for Gender Equality and the Empowerment of Women", [], ["UN Women"]),
]

#: Countries: (id, label, iso2, iso3, acronyms).
COUNTRIES = [
    ("ghana", "Ghana", "GH", "GHA", []), ("senegal", "Senegal", "SN", "SEN", []),
    ("mali", "Mali", "ML", "MLI", []), ("nigeria", "Nigeria", "NG", "NGA", []),
    ("kenya", "Kenya", "KE", "KEN", []), ("ethiopia", "Ethiopia", "ET", "ETH", []),
    ("morocco", "Morocco", "MA", "MAR", []), ("egypt", "Egypt", "EG", "EGY", []),
    ("malawi", "Malawi", "MW", "MWI", []), ("south-africa", "South Africa", "ZA", "ZAF", []),
    ("philippines", "Philippines", "PH", "PHL", []), ("india", "India", "IN", "IND", []),
    ("bangladesh", "Bangladesh", "BD", "BGD", []), ("nepal", "Nepal", "NP", "NPL", []),
    ("sri-lanka", "Sri Lanka", "LK", "LKA", []), ("indonesia", "Indonesia", "ID", "IDN", []),
    ("viet-nam", "Viet Nam", "VN", "VNM", []), ("china", "China", "CN", "CHN", []),
    ("mexico", "Mexico", "MX", "MEX", []), ("guatemala", "Guatemala", "GT", "GTM", []),
    ("el-salvador", "El Salvador", "SV", "SLV", []), ("colombia", "Colombia", "CO", "COL", []),
    ("ecuador", "Ecuador", "EC", "ECU", []), ("peru", "Peru", "PE", "PER", []),
    ("brazil", "Brazil", "BR", "BRA", []), ("haiti", "Haiti", "HT", "HTI", []),
    ("jamaica", "Jamaica", "JM", "JAM", []), ("france", "France", "FR", "FRA", []),
    ("germany", "Germany", "DE", "DEU", []), ("italy", "Italy", "IT", "ITA", []),
    ("spain", "Spain", "ES", "ESP", []), ("belgium", "Belgium", "BE", "BEL", []),
    ("netherlands", "Netherlands", "NL", "NLD", []), ("sweden", "Sweden", "SE", "SWE", []),
    ("switzerland", "Switzerland", "CH", "CHE", []), ("united-kingdom", "United Kingdom", "GB", "GBR", ["UK"]),
    ("united-states", "United States", "US", "USA", ["USA"]), ("canada", "Canada", "CA", "CAN", []),
    ("moldova", "Moldova", "MD", "MDA", []), ("tajikistan", "Tajikistan", "TJ", "TJK", []),
]

#: Cities and conference venues: (id, label).
PLACES = [
    ("new-york", "New York"), ("geneva", "Geneva"), ("brussels", "Brussels"), ("vienna", "Vienna"),
    ("rome", "Rome"), ("nairobi", "Nairobi"), ("dakar", "Dakar"), ("accra", "Accra"), ("manila", "Manila"),
    ("bangkok", "Bangkok"), ("mexico-city", "Mexico City"), ("rabat", "Rabat"), ("addis-ababa", "Addis Ababa"),
    ("the-hague", "The Hague"), ("stockholm", "Stockholm"), ("paris", "Paris"), ("cairo", "Cairo"),
    ("dhaka", "Dhaka"), ("kathmandu", "Kathmandu"), ("quito", "Quito"),
]

#: The topic scheme: (id, label, broader, aliases). Labels are matched in any case.
TOPICS = [
    ("migration-and-development", "migration and development", [], ["migration-development nexus"]),
    ("international-migration", "international migration", ["migration-and-development"], []),
    ("internal-migration", "internal migration", ["migration-and-development"], []),
    ("labour-migration", "labour migration", ["international-migration"], ["labor migration"]),
    ("temporary-migration", "temporary migration", ["labour-migration"], []),
    ("circular-migration", "circular migration", ["labour-migration"], []),
    ("return-migration", "return migration", ["international-migration"], []),
    ("irregular-migration", "irregular migration", ["international-migration"], []),
    ("remittances", "remittances", ["migration-and-development"], ["remittance flows"]),
    ("remittance-costs", "cost of remittances", ["remittances"], ["remittance fees"]),
    ("social-remittances", "social remittances", ["remittances"], []),
    ("diasporas", "diasporas", ["migration-and-development"], ["diaspora communities"]),
    ("diaspora-investment", "diaspora investment", ["diasporas"], []),
    ("skills-management", "skills management", ["migration-and-development"], []),
    ("brain-drain", "brain drain", ["skills-management"], []),
    ("brain-circulation", "brain circulation", ["skills-management"], []),
    ("skills-recognition", "recognition of skills", ["skills-management"], []),
    ("policy-coherence", "policy coherence", ["migration-and-development"], []),
    ("mainstreaming-migration", "mainstreaming migration", ["policy-coherence"], []),
    ("migration-data", "migration data", ["policy-coherence"], ["migration statistics"]),
    ("human-rights", "human rights of migrants", ["migration-and-development"], ["migrants' rights"]),
    ("gender-and-migration", "gender and migration", ["human-rights"], ["women migrants"]),
    ("migrant-health", "migrant health", ["human-rights"], []),
    ("financial-inclusion", "financial inclusion", ["remittances"], []),
    ("rural-development", "rural development", ["migration-and-development"], []),
    ("climate-mobility", "climate change and migration", ["migration-and-development"], ["climate mobility"]),
    ("co-development", "co-development", ["migration-and-development"], []),
    ("partnerships", "partnerships for migration", ["migration-and-development"], []),
]

_REGIONS = ("Northern Southern Eastern Western Central Coastal Andean Baltic Sahel Pacific Caribbean Mekong "
            "Danube Atlantic Nordic Alpine Balkan Iberian Himalayan Great-Lakes").split()
_INSTITUTIONS = ("Institute Council Foundation Network Alliance Centre Agency Forum Observatory Fund Trust "
                 "Federation Association Commission Bureau Coalition Union Society Academy Consortium").split()
_THEMES = ("Migration Studies|Diaspora Engagement|Labour Mobility|Remittance Research|Refugee Support|"
           "Rural Livelihoods|Skills Exchange|Return and Reintegration|Migrant Welfare|Urban Inclusion|"
           "Savings and Credit|Border Cooperation|Youth Employment|Environmental Mobility|Family Support|"
           "Seasonal Work|Student Exchange|Women's Empowerment|Mobility Policy|Development Finance").split("|")
_PROGRAMME_KINDS = ("Programme", "Project", "Initiative", "Facility")
_TITLES = ("Director", "Executive Director", "Senior Adviser", "Programme Officer", "Chief Economist",
           "Head of Research", "Policy Analyst", "Deputy Director", "Regional Coordinator", "President")
_FIRST = ("Amina Kofi Maria Jose Ana Rahul Priya Wei Li Fatou Moussa Elena Pierre Sofia Omar Leila Juan Carmen "
          "Ibrahim Grace Samuel Aisha Tomas Ingrid Hans Giulia Marco Nadia Yusuf Mei Ravi Lucia David Sarah "
          "Kwame Abebe Nour Diego Irina Pablo").split()
_LAST = ("Diallo Mensah Santos Garcia Sharma Chen Wang Ndiaye Traore Petrova Dubois Rossi Haddad Lopez "
         "Okafor Mwangi Kamau Tesfaye Alvarez Novak Lindqvist Schmidt Bianchi Rahman Khan Nguyen Tan "
         "Fernandes Silva Kowalski Ivanova Moreau Ahmed Osei Boateng Jansen Costa Ortega Mendes Ali").split()
_NUMBER_WORDS = ("twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twenty-one "
                 "twenty-two twenty-three twenty-four twenty-five twenty-six twenty-seven twenty-eight "
                 "twenty-nine thirty thirty-one thirty-two thirty-three thirty-four thirty-five").split()
_FILLER = [
    "Participants stressed that better evidence is needed before new measures are adopted.",
    "Several speakers noted the gap between commitments made in international fora and practice on the ground.",
    "The discussion that followed raised questions about costs, responsibilities and the role of local authorities.",
    "It was recalled that the benefits of mobility depend on the policies of both origin and destination.",
    "Questions from the floor concerned the sustainability of pilot schemes once external support ends.",
    "Speakers agreed that the exchange of practical experience between agencies should continue.",
]


def _slug(text: str) -> str:
    out = "".join(c.lower() if c.isalnum() else "-" for c in text)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")


def _initials(label: str) -> str:
    return "".join(w[0] for w in label.replace("-", " ").split() if w[0].isupper())


class _Registry:
    """The shared registry, grown for ``n`` reports."""

    def __init__(self, n: int, rng: random.Random):
        self.rng = rng
        self.entries: dict[str, list[dict]] = {k: [] for k in
                                                ("organisations", "people", "countries", "places", "events",
                                                 "initiatives", "topics")}
        self.acronym: dict[str, str] = {}
        self.label: dict[str, str] = {}
        used_acronyms = {a for _, _, acr, _ in CORE_ORGANISATIONS for a in acr} | {"UK", "USA"}
        for eid, label, acronyms, aliases in CORE_ORGANISATIONS:
            self._add("organisations", eid, "organisation", label, acronyms, aliases,
                      f"{label}, an organisation active in migration and development.")
        self.core_orgs = [e[0] for e in CORE_ORGANISATIONS]
        self.new_orgs: list[str] = []
        combos = [(r, i, t) for r in _REGIONS for i in _INSTITUTIONS for t in _THEMES]
        rng.shuffle(combos)
        for k in range(n + 10):
            region, inst, theme = combos[k % len(combos)]
            label = f"{region.replace('-', ' ')} {inst} for {theme}" + (f" {k // len(combos) + 1}"
                                                                        if k >= len(combos) else "")
            acronym = _initials(label)
            acronyms = [] if acronym in used_acronyms or len(acronym) < 3 else [acronym]
            used_acronyms.update(acronyms)
            eid = _slug(label)
            self._add("organisations", eid, "organisation", label, acronyms, [],
                      f"A synthetic {inst.lower()} working on {theme.lower()}.")
            self.new_orgs.append(eid)
        for eid, label, iso2, iso3, acronyms in COUNTRIES:
            self._add("countries", eid, "country", label, acronyms, [], f"{label}, a country.", iso2=iso2,
                      iso3=iso3)
        self.countries = [c[0] for c in COUNTRIES]
        for eid, label in PLACES:
            self._add("places", eid, "place", label, [], [], f"{label}, a city where meetings are held.")
        self.places = [p[0] for p in PLACES]
        for eid, label, broader, aliases in TOPICS:
            self._add("topics", eid, "topic", label, [], aliases, f"The theme of {label}.", broader=broader)
        self.topics = [t[0] for t in TOPICS]
        names = [(f, last) for f in _FIRST for last in _LAST]
        rng.shuffle(names)
        self.people: list[str] = []
        for k in range(n + 5):
            first, last = names[k % len(names)]
            label = f"{first} {last}" + (f" {chr(65 + k // len(names))}." if k >= len(names) else "")
            eid = _slug(label)
            self._add("people", eid, "person", label, [], [], f"{label}, a speaker at the seminars.")
            self.people.append(eid)
        self.series: list[str] = []
        for k in range(max(1, (n + 19) // 20)):
            city = PLACES[k % len(PLACES)][1]
            label = f"{city} Dialogue on Mobility {k // len(PLACES) + 1}"
            eid = _slug(label)
            self._add("events", eid, "event-series", label, [], [], f"A synthetic series of seminars in {city}.")
            self.series.append(eid)
        self.seminars: list[str] = []
        for k in range(n):
            label = f"Mobility Seminar {k + 1}"
            eid = f"seminar-{k + 1:04d}"
            self._add("events", eid, "event", label, [], [], f"The seminar recorded in report {k + 1}.")
            self.seminars.append(eid)
        self.programmes: list[str] = []
        self.programme_country: dict[str, str] = {}
        pcombos = [(t, p, c) for t in _THEMES for p in _PROGRAMME_KINDS for c in COUNTRIES]
        rng.shuffle(pcombos)
        for k in range(n // 2 + 5):
            theme, kind, country = pcombos[k % len(pcombos)]
            label = f"{theme} {kind} in {country[1]}" + (f" {k // len(pcombos) + 1}" if k >= len(pcombos) else "")
            eid = _slug(label)
            pkind = "programme" if kind in ("Programme", "Facility") else "project"
            self._add("initiatives", eid, pkind, label, [], [], f"A synthetic {pkind} on {theme.lower()}.")
            self.programmes.append(eid)
            self.programme_country[eid] = country[0]

    def _add(self, file: str, eid: str, kind: str, label: str, acronyms, aliases, comment: str, **extra) -> None:
        entry = {"id": eid, "kind": kind, "label": label}
        if acronyms:
            entry["acronyms"] = list(acronyms)
        if aliases:
            entry["aliases"] = list(aliases)
        for key, value in extra.items():
            if value:
                entry[key] = value
        entry["comment"] = comment
        self.entries[file].append(entry)
        self.label[eid] = label
        if acronyms:
            self.acronym[eid] = acronyms[0]

    def name(self, eid: str, first: bool = True) -> str:
        """How the text names an entity: 'the Long Name (ACR)' the first time, the acronym after."""
        label, acronym = self.label[eid], self.acronym.get(eid)
        if acronym and not first:
            return acronym
        return f"{label} ({acronym})" if acronym and first else label

    def write(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        for file, entries in self.entries.items():
            header = f"# Synthetic registry: {file}. Generated by benchmarks/corpus.py; do not edit.\n\n"
            (folder / f"{file}.yaml").write_text(header + _dump(entries), encoding="utf-8")


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data) -> bool:  # no &id001 anchors for a date used twice
        return True


def _dump(data) -> str:
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100,
                     default_flow_style=None)


class _Report:
    """One report: text assembled sentence by sentence, each curated fact quoting its sentence."""

    def __init__(self, index: int, reg: _Registry, rng: random.Random):
        self.index, self.reg, self.rng = index, reg, rng
        self.doc_id = f"synthetic-report-{index + 1:04d}"
        self.parts: list[str] = []  # text so far
        self.length = 0
        self.sections: list[dict] = []
        self.statements: list[dict] = []
        self.partnerships: list[dict] = []
        self.placed: list[tuple[dict, int]] = []  # (fact, offset of its sentence)
        self.named: set[str] = set()
        self._sid = 0

    # -- text -----------------------------------------------------------------------------------
    def _emit(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def heading(self, sid: str, title: str, heading: str | None, parent: str | None = None) -> None:
        if heading is not None:
            self._emit(f"\n{heading} \n\n")
        spec = {"id": sid, "title": title}
        if heading is not None:
            spec["heading"] = heading
        if parent:
            spec["parent"] = parent
        self.sections.append(spec)

    def paragraph(self, sentences: list[tuple[str, list[dict]]]) -> None:
        """Sentences with the facts that quote them, wrapped over lines with blank lines between."""
        text = " ".join(s for s, _ in sentences)
        lines = textwrap.wrap(text, width=96, break_long_words=False, break_on_hyphens=False)
        assert " ".join(lines) == text, "sentences must use single spaces"
        body = " \n\n".join(lines) + " \n\n"
        # a character at position k of `text` is in line j at body offset B_j + (k - L_j)
        line_starts, body_starts, flat, out = [], [], 0, 0
        for line in lines:
            line_starts.append(flat)
            body_starts.append(out)
            flat += len(line) + 1
            out += len(line) + 3

        def body_offset(k: int) -> int:
            j = bisect.bisect_right(line_starts, k) - 1
            return body_starts[j] + k - line_starts[j]

        start = 0
        for sentence, facts in sentences:
            for fact in facts:
                at = sentence.index(fact["quote"])
                self.placed.append((fact, self.length + body_offset(start + at)))
            start += len(sentence) + 1
        self._emit(body)

    def name(self, eid: str) -> str:
        first = eid not in self.named
        self.named.add(eid)
        return self.reg.name(eid, first)

    # -- facts ----------------------------------------------------------------------------------
    def statement(self, subject: str, relation: str, *, obj: str | None = None, value=None,
                  title: str | None = None) -> dict:
        self._sid += 1
        st = {"id": f"s{self._sid:03d}-{relation.lower()}", "subject": subject, "relation": relation}
        if obj is not None:
            st["object"] = obj
        else:
            st["value"] = value
        if title:
            st["title"] = title
        self.statements.append(st)
        return st

    def partnership(self, kind: str, partners: list[str], about: list[str], date=None) -> dict:
        p = {"id": f"p{len(self.partnerships) + 1:02d}-{kind}", "kind": kind, "partners": partners,
             "about": about}
        if date is not None:
            p["date"] = date
        self.partnerships.append(p)
        return p

    def finish(self) -> tuple[str, list[dict], list[dict]]:
        text = "".join(self.parts)
        index = QuoteIndex(text)
        for fact, offset in self.placed:
            spans = index.find_all(fact["quote"])
            starts = [s.start for s in spans]
            if offset not in starts:
                raise AssertionError(f"{self.doc_id}: quote {fact['quote']!r} not placed at {offset}")
            if len(spans) > 1:
                fact["occurrence"] = starts.index(offset) + 1
        return text, self.statements, self.partnerships


def _quote(fact: dict, words: str) -> dict:
    """The fact quotes ``words``: its sentence without the full stop, or a clause of it."""
    fact["quote"] = words.rstrip(".")
    return fact


def _report(index: int, reg: _Registry, rng: random.Random) -> tuple[dict, str, dict]:
    r = _Report(index, reg, rng)
    seminar = reg.seminars[index]
    series = reg.series[index // 20]
    number = index % 20 + 1
    date = dt.date(2005, 1, 3) + dt.timedelta(days=7 * index)
    pool = reg.new_orgs[max(0, index - 30):index + 10] + reg.core_orgs
    publisher = reg.new_orgs[index]
    co1, co2 = rng.sample([o for o in pool if o != publisher], 2)
    place = reg.places[index % len(reg.places)]
    country = rng.choice(reg.countries)
    topics = rng.sample(reg.topics[1:], 4)
    programmes = [reg.programmes[(index // 2 + k) % len(reg.programmes)] for k in range(2)]
    people = [reg.people[index], reg.people[(index * 7 + 3) % len(reg.people)]]
    title = f"Mobility Seminar {index + 1}: {reg.label[topics[0]].capitalize()}"

    # -- title page ----------------------------------------------------------------------------
    r.heading("front-matter", "Title page", None)
    r._emit(f"{reg.label[publisher].upper()} \n\n \n\nSEMINAR REPORT \n\n{reg.label[series].upper()} \n\n"
            f"{number}: \n\n{title.upper()} \n\n \n\n{date.day} {date:%B %Y}, {reg.label[place]} \n\n \n\n")

    # -- background ----------------------------------------------------------------------------
    r.heading("background", "Background", "BACKGROUND")
    hosted = (f"the {r.name(publisher)} in collaboration with the {r.name(co1)} and the {r.name(co2)} hosted "
              f"the {reg.label[seminar]}")
    s1 = f"On {date.day} {date:%B %Y}, {hosted} as part of the {reg.label[series]}."
    facts1 = [_quote(r.statement(publisher, "organises", obj=seminar), hosted),
              _quote(r.statement(seminar, "partOf", obj=series), f"{reg.label[seminar]} as part of the "
                                                                   f"{reg.label[series]}"),
              _quote(r.statement(seminar, "date", value=date), f"On {date.day} {date:%B %Y}"),
              _quote(r.partnership("co-organisation", [publisher, co1, co2], [seminar], date), hosted)]
    held = f"The event was held in {reg.label[place]}"
    s1b = f"{held}, at the invitation of the hosts."
    facts1b = [_quote(r.statement(seminar, "heldIn", obj=place), held)]
    delegates = rng.choice(_NUMBER_WORDS)
    attendance = f"{delegates} delegates from Permanent Missions"
    s2 = f"The attendees included {attendance} and staff of United Nations agencies."
    facts2 = [_quote(r.statement(seminar, "permanentMissionDelegates",
                                 value=12 + _NUMBER_WORDS.index(delegates)), attendance)]
    r.paragraph([(s1, facts1), (s1b, facts1b), (s2, facts2)])

    # -- objectives ----------------------------------------------------------------------------
    r.heading("objectives", "Objectives", "OBJECTIVES")
    s3 = (f"The seminar discussed {reg.label[topics[0]]} and {reg.label[topics[1]]} with "
          "development and migration experts.")
    facts3 = [_quote(r.statement(seminar, "addresses", obj=topics[0]), s3),
              _quote(r.statement(seminar, "addresses", obj=topics[1]), s3)]
    r.paragraph([(s3, facts3), (rng.choice(_FILLER), [])])

    r.heading("summary-of-interventions", "Summary of interventions", "SUMMARY OF INTERVENTIONS")
    # -- approaches ----------------------------------------------------------------------------
    r.heading("approaches", "Approaches", "APPROACHES", parent="summary-of-interventions")
    speaker, other = people
    org = rng.choice(pool)
    job = rng.choice(_TITLES)
    member = f"{reg.label[speaker]}, {job} of the {r.name(org)}"
    s4 = f"{member}, opened the seminar."
    facts4 = [_quote(r.statement(speaker, "memberOf", obj=org, title=job), member),
              _quote(r.statement(speaker, "speaksAt", obj=seminar), s4)]
    represents = f"{reg.label[other]}, who represents {reg.label[country]}"
    s5 = f"{represents}, presented the experience of the government."
    facts5 = [_quote(r.statement(other, "represents", obj=country), represents)]
    r.paragraph([(s4, facts4), (s5, facts5), (rng.choice(_FILLER), [])])

    # -- issues and practices: two topic sub-sections ---------------------------------------------
    r.heading("issues-and-practices", "Issues and practices", "ISSUES AND PRACTICES",
              parent="summary-of-interventions")
    for k, (topic, programme) in enumerate(zip(topics[2:3], programmes)):
        label = reg.label[topic]
        where = reg.label[reg.programme_country[programme]]
        r.heading(f"topic-{k + 1}-{topic}", label.capitalize(), label.capitalize(), parent="issues-and-practices")
        lead, funder = rng.sample(pool, 2)
        leads = f"{r.name(lead)} leads the {reg.label[programme]}"
        s6 = f"The {leads}, which addresses {label} in {where}."
        facts6 = [_quote(r.statement(lead, "leads", obj=programme), leads),
                  _quote(r.statement(programme, "addresses", obj=topic),
                         f"{reg.label[programme]}, which addresses {label}"),
                  _quote(r.statement(programme, "operatesIn", obj=reg.programme_country[programme]),
                         f"which addresses {label} in {where}")]
        funded = f"It is funded by the {r.name(funder)}"
        s7 = f"{funded}, which works with the {r.name(lead)} on {label}."
        facts7 = [_quote(r.statement(funder, "funds", obj=programme), funded),
                  _quote(r.partnership("funding" if k == 0 else "collaboration", [funder, lead],
                                       [programme, topic]), s7)]
        r.paragraph([(s6, facts6), (s7, facts7)])
        r.paragraph([(f, []) for f in rng.sample(_FILLER, 2)])

    # -- the process ---------------------------------------------------------------------------
    r.heading("the-process", "The process", "THE PROCESS", parent="summary-of-interventions")
    support = f"{r.name(publisher)} continues to support the {reg.label[series]}"
    s8 = f"The {support}."
    facts8 = [_quote(r.statement(publisher, "supports", obj=series), support)]
    r.paragraph([(s8, facts8), (rng.choice(_FILLER), [])])

    text, statements, partnerships = r.finish()
    metadata = {
        "id": r.doc_id, "title": title, "subtitle": "Seminar report", "publisher": reg.label[publisher],
        "publisher_entity": publisher, "co_organisers": [co1, co2], "date": date, "place": reg.label[place],
        "place_entity": place, "series": reg.label[series], "series_entity": series, "number": number,
        "language": "en", "reports": seminar, "text": "source.txt", "sections": r.sections,
    }
    return metadata, text, {"statements": statements, "partnerships": partnerships}


def generate(out: Path, reports: int, seed: int = 2007) -> Path:
    """Write ``out/registry/*.yaml`` and ``out/sources/<id>/...`` for ``reports`` reports; return ``out``.

    ``out`` is replaced if it holds an earlier corpus (it must not hold anything else).
    """
    if reports < 1:
        raise ValueError("reports must be at least 1")
    if out.exists():
        if any(out.iterdir()) and not (out / "sources").is_dir():
            raise ValueError(f"{out} exists and is not a corpus folder; refusing to replace it")
        shutil.rmtree(out)
    rng = random.Random(seed)
    reg = _Registry(reports, rng)
    reg.write(out / "registry")
    for index in range(reports):
        metadata, text, facts = _report(index, reg, rng)
        folder = out / "sources" / metadata["id"]
        (folder / "statements").mkdir(parents=True)
        (folder / "metadata.yaml").write_text(
            "# Synthetic report generated by benchmarks/corpus.py.\n" + _dump(metadata), encoding="utf-8")
        (folder / "source.txt").write_text(text, encoding="utf-8")
        (folder / "statements" / "01-report.yaml").write_text(_dump(facts), encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=100, help="how many reports (default 100)")
    parser.add_argument("--out", type=Path, required=True, help="folder to write (a graph/ folder is made in it)")
    parser.add_argument("--seed", type=int, default=2007)
    args = parser.parse_args(argv)
    target = generate(args.out / "graph", args.reports, args.seed)
    print(f"Wrote {args.reports} reports to {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
