"""`propose`: statements and partnerships read off the phrasings meeting reports use, for a curator to accept.

The phrasings are data (``patterns.yaml``: "X organised by A in partnership with B", "Mr. A,
Director of B", speaker lists, "held at B in C", dates...): the names on both sides of a cue are
the registry's (the mentions of ``MentionMatcher``), kept only when their kinds suit the relation in
the ontology, and the quote is the text from the first name to the last, located in the document
(with the section or occurrence hint it needs). Proposals are written marked ``proposed: true``;
the build skips them until a curator removes the flag.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from migration_kg import resources
from migration_kg.assist.candidates import (MISSION_WORDS, PHOTO_AGENCIES, POST_WORDS, city_names, demonyms, hard_wrapped,
                                            office_mentions, paragraph_bounds, sentence_bounds, subdivision_names,
                                            topic_variant_spans, world_region)
from migration_kg.assist.document import document_folder, open_document, yaml_entry
from migration_kg.assist.locate import Locator
from migration_kg.curation.quotes import normalise
from migration_kg.assist.patterns import Pattern, load_patterns
from migration_kg.curation.modality import plan_cue
from migration_kg.curation.mentions import MONTHS, MentionMatcher
from migration_kg.vocabulary.namespaces import MKG
from migration_kg.vocabulary.ontology import KIND_CLASS, Ontology
from migration_kg.curation.registry import Registry, load_registry
from migration_kg.curation.sources import SourceDocument

PROPOSED_FILE = "proposed.yaml"

#: What may stand between the names of a list: "A, B and the C", "A in collaboration with B".
_COLLABORATION = r"in\s+(?:(?:close|active|strategic)\s+)?(?:collaboration|partnership|co-?operation|association|conjunction)\s+with"
#: Honorifics before a person's name: "chaired by Ms. A and Mr. B".
_ABBREVIATED = ("Mr", "Mrs", "Ms", "Dr", "Prof", "Amb", "Hon")
_IN_FULL = (r"H\.\s?E\.", "Professor", "Ambassador", r"Her\s+Excellency", r"His\s+Excellency", r"(?:The\s+)?Hono(?:u)?rable",
            "Senator", "Hajiya", "Alhaji", r"The\s+Hon\.")
_HONORIFIC = "|".join([rf"{a}\." for a in _ABBREVIATED] + list(_IN_FULL))
#: The same, the full stop after an abbreviation optional: "Mr Ali".
_HONORIFIC_NO_STOP = "|".join([rf"{a}\b\.?" for a in _ABBREVIATED] + list(_IN_FULL))  # "Mrs" not read as "Mr"
#: After a post's body, its acronym or place in brackets and a comma: "of the OECD (Paris), ".
_BODY_COMMA = r"\s*(?:\([^()\n]{1,15}\)\s*)?,\s*"
#: A post's body followed by the next person of a list, who holds that post: "Director General of the IOM, Mr. B".
_NEXT_HOLDER = re.compile(rf"{_BODY_COMMA}(?:and\s+)?(?:{_HONORIFIC_NO_STOP})\s*[A-Z]")
#: What stands between a post's body and the person who holds it: "the Director of the OECD (Paris), Mr. ".
_HOLDER_GAP = re.compile(rf"{_BODY_COMMA}(?:(?:{_HONORIFIC_NO_STOP})\s*)?")
#: A post right before its body: "Secretary-General of the ", "head of the department for ".
_POST_OF = re.compile(rf"\b(?:{POST_WORDS})(?:\s+[\w-]+){{0,3}}?\s+(?:of|for|at|to)\s+(?:the\s+)?$", re.I)
#: A body's member states and the list of them that follows: "CIS Member States including", "ASEAN countries -".
_MEMBERS_OF = (r"(?:’s|'s)?\s+(?:member\s+(?:states|countries)|countries|members)(?:\s*\([A-Z]{2,6}\))?"
               r"(?:\s*[:–—]|\s+-|,?\s+(?:including|namely|such\s+as)|\s*\()\s*")
#: An envoy's post before the country or body they are sent to: "High Commissioner to", "Ambassador of Japan to the".
_SENT_TO = re.compile(r"\b(?:Ambassadors?|High\s+Commissioners?|Envoys?|Consuls?(?:[- ]General)?|Attach[ée]s?|"
                      r"Permanent\s+Representatives?|Representatives?)\s+(?:(?:of\s+)?[\w-]+\s+){0,3}?to\s+(?:the\s+)?$", re.I)
#: A post and the countries it is for: "Chief of Mission for Belgium and ", "Regional Coordinator for the".
_POST_FOR = re.compile(rf"\b(?:{POST_WORDS}|Mission)\s+(?:[\w-]+\s+){{0,2}}?(?:for|in)\s+(?:the\s+)?"
                       r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s*(?:,|and)\s+)*$")
#: A person's post after their country's adjective or possessive: "the Canadian High Commissioner to Nigeria, Mr. ",
#: "German Chancellor ", "Guyana’s High Commissioner to Canada, ". Read case-blind, but a portfolio's words before
#: "Minister" stay capitalised ("Human Resources Minister"; not "Myanmar by Labour Minister").
_NATIONAL_POST = (r"(?:(?:Deputy|Vice|Acting|Prime|Foreign|Labou?r|Interior|Home|Cabinet|Permanent|Chief|First|Second)\s+)*"
                  r"(?:Ambassador|High\s+Commissioner|Chancellor|President|Prime\s+Minister|Minister|Secretary|Consul(?:[- ]General)?|"
                  r"Representative|Charg[ée]\s+d[’']Affaires|Attach[ée]|"
                  r"Envoy|Head\s+of\s+State|King|Queen|(?:(?-i:[A-Z])[a-z]+\s+(?:(?:and|&)\s+)?){1,4}Minister)")
#: A capitalised word, in a pattern that otherwise ignores case.
_CAPITALISED = r"(?-i:[A-Z])[\w’'-]*"
#: The partnership of the bodies that one quote says organise, host, fund or run something together.
_JOINT_KINDS = {"organises": "co-organisation", "hosts": "co-organisation", "funds": "co-financing",
                "coFinances": "co-financing", "leads": "collaboration"}
#: The next post of a list of a country's posts, up to its holder: "; Foreign Minister ", " and Deputy Education Minister ".
_MORE_POSTS = re.compile(r"\s*(?:;|,|\s+and)\s+(?:and\s+)?(?:[A-Z][\w’'-]*,?\s+(?:and\s+)?){0,5}?"
                         r"(?:Minister|Secretary|Vice[- ]President|Ambassador)\s+")
#: Who a list names before its names: "some 70 officials from", "representatives of", "the Government of".
_WHO = (r"(?:(?:some|about|around|over|more\s+than|nearly)\s+)?(?:\d[\d,]*\s+)?(?:senior\s+)?(?:officials|representatives|"
        r"delegates|participants|experts|staff|members)\s+(?:from|of)")
#: The same, right before a name: "Experts from the", whose bodies do not do the verb.
_WHO_BEFORE = re.compile(rf"\b{_WHO}\s+(?:the\s+)?$", re.I)
_LIST_WORDS = (rf"\s|,|;|:|\(|\)|[–—]|and|&|the|also|including|such\s+as|namely|particularly|in\s+particular|recently|successfully|officially|formally|(?:has|have)(?=\s+\w+ly\b)|other\s+partners|-based|today|yesterday|this\s+(?:morning|afternoon|evening|week)|jointly(?:\s+with)?|together|as\s+well\s+as|together\s+with|{_COLLABORATION}|{_HONORIFIC}|{_WHO}|’s|'s|"
               r"(?:the\s+)?Governments?\s+of|(?:local\s+|international\s+)?(?:NGOs?|non-governmental\s+organi[sz]ations?|"
               r"think[- ]tanks?|non-profits?)(?=\s)")  # "..., the NGO Diaspora Développement and IOM"
_LIST_GAP = re.compile(rf"^(?:{_LIST_WORDS})*$", re.I)
#: A minister's title with its portfolio, before the name ("Minister of Foreign Affairs, Ms. A") or after it.
_PORTFOLIO_WORDS = r"(?P<portfolio>[A-Z][\w’'-]*(?:\s+(?:(?:and|of|for|the|&)\s+)*[A-Z][\w’'-]*)*)"
#: The items of a portfolio after its first: ", Productivity and Industrial Relations".
_MORE_PORTFOLIO = (r"(?P<more>(?:,\s+[A-Z][\w’'-]*(?:\s+(?:and\s+|&\s+)?(?!(?:Minister|Secretary|Mr|Ms|Mrs|Dr)\b)"
                   r"[A-Z][\w’'-]*)*)*)")  # not over a person and another's post: "..., A and Malaysian Minister B"
#: The first words of two-word adjectives of countries that say no country alone ("South African").
_COMPASS = {"south", "north", "east", "west", "new", "united", "central", "equatorial", "sri", "el", "costa", "san", "saint"}
#: A military rank between a post and its holder: "Labour Minister Gen A".
_RANK = r"(?:(?:Gen|Lt|Col|Maj|Brig|Adm|General|Colonel|Major)\.?\s+)"
_MINISTER_BEFORE = re.compile(rf"Minister\s+(?P<of>of|for)\s+(?:the\s+)?{_PORTFOLIO_WORDS}{_MORE_PORTFOLIO},?\s+"
                              rf"(?:(?:{_HONORIFIC})\s*)?{_RANK}?$")
#: A portfolio before its minister's or secretary's post, right before the name: "Expatriates' Welfare and Overseas
#: Employment Minister A" (the portfolio's first word opens the run: not "the").
_MINISTER_PRE = re.compile(rf"(?<![\w’'-]){_PORTFOLIO_WORDS}\s+(?P<of>[Mm]inister|[Ss]ecretary)\s+(?:(?:{_HONORIFIC})\s*)?{_RANK}?$")
_MINISTER_AFTER = re.compile(rf",\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?Minister\s+(?P<of>of|for)\s+(?:the\s+)?{_PORTFOLIO_WORDS}")


def _portfolio_key(words: str) -> str:
    """A portfolio's words, folded to compare ("Expatriates Welfare" with "expatriates' welfare")."""
    return " ".join(re.sub(r"[’'&,]|\band\b", " ", words).split()).casefold()


#: Auxiliaries right before a cue: "A has been working with B", "A will continue to cooperate with B".
_AUXILIARIES = re.compile(r"(?:\s+(?:has|have|had|is|are|was|were|will|would|shall|been|be|also|now|already|long|"
                          r"continues?|continued|to|closely|successfully))+\s+$", re.I)
#: A group of bodies by its noun: "national Caritas organisations", "UN agencies".
_BODIES = re.compile(r"\b(?:organi[sz]ations|agencies|institutions|unions|NGOs|CSOs|associations|bodies|ministries|"
                     r"authorities)$", re.I)
#: When, between a subject and its verb: "A on Tuesday signed", "B on November 24 signed", "C today signed".
_WHEN_BEFORE = re.compile(r"(?:\s+(?:will|would|shall|has|have|had)(?=\s+(?:on|today|yesterday|recently|formally|officially|already)\b))?"
                          r"(?:\s+(?:on\s+(?:[A-Z][a-z]+day|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})(?:,?\s+\d{4})?|"
                          r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|recently|formally|officially|already))+\s*$")
#: What may stand between the subject and a cue read with ``gap: short``: "A, Director of", "A is a member of".
#: A degree in brackets too: "A (Dr), Director of".
_SHORT_GAP = re.compile(r"^(?:\s|,|’s|'s|\((?:Dr|PhD|Ph\.\s?D|Prof|MP)\.?\)|is|are|was|were|became|remains|has\s+been|also|now|an?|the|as|its|their)*$", re.I)
_OBJECT_GAP = re.compile(rf"^(?:\s|the|an?|new|its|their|today|yesterday|also|jointly|{_HONORIFIC}|"
                         r"(?:one|two|three|four|five|half|full|multi)[- ]day|interactive|high-level|virtual|hybrid|regional|"
                         r"national|international|annual|joint|technical|thematic|special|consultative|preparatory|"
                         r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))*"
                         r"(?:(?:[\w-]+\s+)?(?:seminar|workshop|meeting|conference|symposium|panel|dialogue|forum|"
                         r"roundtable|session|briefing|debate|event|report|study)\s+(?:on|entitled|titled|called)\s*[“\"]?|"
                         r"(?:project|programme|program|initiative|campaign)\s*[“\"‘]?)?[“\"‘]?$", re.I)  # 'organized the “X”'
_CLAUSE_GAP = re.compile(r"^[^.;:]{0,80}$")
#: Between a speaker and what they did, their title: "A, Deputy Permanent Representative of ... to the United Nations, ".
_TITLE_CLAUSE = re.compile(r"^[^.;:]{0,200}$")  # "X, which is", "X was": between a name and its cue
#: The words a report names its own event by: "the workshop", "the two-day seminar".
_EVENT_NOUNS = ("workshop", "meeting", "seminar", "event", "conference", "panel", "session", "dialogue", "forum", "training",
                "consultation", "symposium", "roundtable", "ceremony")
#: An event named by its kind right after a verb: " a regional workshop", " a two-day countering trafficking workshop".
_AN_EVENT = re.compile(rf"\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){{0,4}}?(?:{'|'.join(_EVENT_NOUNS)})\b")
#: A verb of holding an event before its holder: "organized by", "hosted by", "convened by".
_HELD_BY = re.compile(r"\b(?:(?:co-)?(?:organi[sz]ed|hosted)|convened|held)\s+(?:jointly\s+)?by\s+(?:the\s+)?$")
#: The document's event named by its kind right before a passive's cue: "during a stakeholders workshop organized by".
_AN_EVENT_BEFORE = re.compile(rf"\b(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?(?:{'|'.join(_EVENT_NOUNS)})s?,?\s*$")
#: A clause that starts with the document's event named by its kind: "The workshop, ", "The two-day seminar was", "The
#: Forum," (not "The Coastal Dialogue", a name), or by "It was" ("It was organized by IOM").
_THE_EVENT = re.compile(rf"^(?:(?:The|This|These)\s+(?:(?:[\w-]+\s+)?(?:{'|'.join(_EVENT_NOUNS)})|"
                        rf"(?:{'|'.join(n.capitalize() for n in _EVENT_NOUNS)}))s?\b[^.;:]{{0,80}}|It\s+(?:was|is|has\s+been))\s*$")
#: A sentence that opens with the document's event named by its kind: "The multi-stakeholder workshop brought together".
_THE_EVENT_OPENS = re.compile(rf"(?:The|This)\s+(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(_EVENT_NOUNS)})s?\b")
#: A country's mission abroad: "Embassy of Switzerland to Sudan", "the Permanent Mission of Nepal".
_MISSION = re.compile(rf"\b(?:{MISSION_WORDS}|Embassies|Mission)\b")
#: What a country's body abroad is called, in any case: "the Embassy of Switzerland to Sudan", "the Philippine embassy",
#: "Sri Lanka Missions abroad".
_ABROAD = re.compile(rf"\b(?:{MISSION_WORDS}|embassies|missions?|consulates|Overseas\s+Labou?r\s+Office|chapter|abroad)\b", re.I)
#: What a body owning an event, a work or an initiative does to it ("owners of events"), by relation: the cue and the
#: end of the note.
_OWNED = {"organises": ("owner-of-event", "; the text does not say who organised it."),
          "provides": ("owner-of-work", "."),
          "leads": ("owner-of-initiative", "; the text does not say who runs it.")}
#: Nouns a report may alias one body by ("the Government", "the Secretariat"): no name of it in another report.
_BODY_NOUNS = {"government", "the government", "cabinet", "the cabinet", "secretariat", "the secretariat", "ministry",
               "the ministry", "council", "commission", "parliament", "embassy", "police", "department", "office",
               "agency", "bank", "union", "committee", "assembly", "senate", "mission", "delegation", "bureau",
               "authority", "board", "the board", "consulate", "the consulate", "the embassy", "the commission"}
#: A country's chair of a process ("the Turkish Chair") is a role the country holds, not a body based in it.
_COUNTRYS_OWN = re.compile(r"\bChair(?:manship)?\b")
#: A title's head that names an event of its own before another one: "The Second Preparatory Meeting for the"
#: (the 5th Ministerial Conference), "A Side Event of the" (the Forum).
_EVENT_HEAD = re.compile(rf"(?:[A-Z0-9][\w-]*\s+)*(?:{'|'.join(n.capitalize() for n in _EVENT_NOUNS)})s?\s+"
                         r"(?:for|of|on|to|towards)\s+(?:the\s+)?$")
#: A post's first words right after a verb or preposition, up to the post's word: "said by Chairman ", "says Director ".
_POST_AFTER_VERB = re.compile(r"\b(?:by|says|said|with|from|to|met|meets|requested|requests|urged|urges|thanked|thanks|invited|invites|welcomed|welcomes|asked|asks|told|tells|joined|joins|including)\s+(?P<post>(?:[A-Z][\w-]*\s+){0,2})$")
#: A line that is only a date (a byline may follow it): "October 2016", "Dec. 22, 2020", "7 March 2007".
_BYLINE_DATE = re.compile(r"(?:\d{1,2}\s+)?[A-Z][a-z]{2,8}\.?\s+(?:\d{1,2},?\s+)?\d{4}")
#: The head of a contact or credit block: "Contact & Information", "Contact person", "Credit: A/B", "Photo: IOM",
#: "For further information, please contact".
_CONTACT_HEAD = re.compile(r"\s*(?:(?:media\s+)?contacts?|credits?|photo(?:\s+credits?)?|for\s+(?:more|further)\s+information|please\s+contact)\b", re.I)
#: What opens a line that lists a person: a bullet or number, a field's label ("Contact:"), honorifics.
_LINE_OPENING = re.compile(rf"[ \t]*(?:[•·*–-]|\d{{1,2}}[.)])?\s*(?:[A-Z][a-z]+:\s*)?(?:(?:{_HONORIFIC_NO_STOP})\s*)*")
#: A sentence opening with the document's event named by its kind and a participle whose names are not its object:
#: "The workshop organised under the aegis of the ".
_EVENT_AND_PARTICIPLE = re.compile(rf"^(?:The|This)\s+(?:[\w-]+\s+)?(?:{'|'.join(_EVENT_NOUNS)}),?\s+(?:organi[sz]ed|held|"
                                   r"convened|hosted|co-hosted|funded|financed|supported|sponsored|implemented|conducted|"
                                   r"run)\b[^,.;:]*$")
#: An event named by its kind, then what it is of, right before that name: "the first conference of (EUROMED ...)".
_KIND_OF = re.compile(rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]his)\s+(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(_EVENT_NOUNS)})s?\s+of\s+"
                      r"(?:the\s+)?$")
#: Words that make such an event another than the one reported: "the next meeting of".
_ANOTHER = re.compile(r"\b(?:next|last|previous|upcoming|forthcoming|future|past|other|each|every)\b", re.I)
#: The document's event named by its kind inside a clause: "said the workshop", "the two-day meeting".
_SAID_EVENT = re.compile(rf"\b(?:the|this)\s+(?:[\w-]+\s+)?(?:{'|'.join(_EVENT_NOUNS)}|briefing|discussions?)\b")
#: A signing's words: "signed", "signing", "inked".
_SIGNED = re.compile(r"\b(?:sign(?:ed|ing|s)?|ink(?:ed|s)?)\b", re.I)
#: Between a person and the body named in their title: ", Director of the ", ", Executive Director of ".
_TITLE_GAP = re.compile(r"^(?:,\s+[^;:.]{0,120}?\b(?:of|for|at|to)|\s+from)\s+(?:the\s+)?$")
#: Between a body or country and a person, the person's post: " Secretary of State ", " President ", " Director-General Dr. ".
_TITLE_BETWEEN = re.compile(rf"\s+(?:(?:[A-Z][\w’'-]*|of|for|the)\s+){{0,5}}?(?:Secretary\s+of\s+State|{POST_WORDS}|Expert)"
                            rf"\s+(?:(?:{_HONORIFIC_NO_STOP})\s+)?")
#: Between two people of a list, the first one's title: ", the Commissioner for Health, Dr. ", ", Director, and Amb. ".
_NEXT_PERSON = re.compile(rf"^(?:,\s+[^;:()]{{0,120}}?)?(?:,\s+(?:and\s+)?|\s+and\s+)(?:(?:{_HONORIFIC_NO_STOP})\s+)*$")
#: Numbers in words, up to ten: "four countries:", "two delegates from".
_UP_TO_TEN = "two|three|four|five|six|seven|eight|nine|ten"
#: A page's list of the countries of its undertaking: "currently 13 active partner countries:", "Target countries:".
_PARTNER_COUNTRIES = re.compile(r"\b(?:(?:active\s+)?partner|target|beneficiary|participating|pilot|programme|project)\s+"
                                rf"countries\s*(?::|are\b|include\b)|\b(?:\d+|{_UP_TO_TEN})\s+countries\s*:", re.I)
#: A page's field naming who leads, funds or takes part in its undertaking: "Lead executing agency:", "Commissioned by:".
_PAGE_FIELD = re.compile(r"(?m)^[ \t]*(?:(?P<leads>(?:Lead\s+)?(?:executing|implementing)\s+(?:agency|agencies|organi[sz]ations?)|"
                         r"Implemented\s+by|Lead\s+agency)|(?P<funds>Commissioned\s+by|Funded\s+by|Financed\s+by|Donors?|Funding)|"
                         r"(?P<participatesIn>(?:Implementing\s+)?[Pp]artners?|Partner\s+organi[sz]ations?))\s*:", re.I)
#: Words that make the words between a person and a body more than a title: a verb, a clause, a second person.
_NOT_A_TITLE = re.compile(r"\b(?:said|says|say|told|noted|notes|added|stressed|explained|emphasi[sz]ed|highlighted|"
                          r"welcomed|presented|opened|launched|signed|spoke|speaking|called|urged|thanked|met|who|which|"
                          r"that|will|is|was|were|are|has|had|have|and\s+(?:Mr|Ms|Mrs|Dr)\.?)\b")
#: How the words between a person's post and the body end: "Director of the", "Senior Fellow, ", "Chairperson ".
_TITLE_END = re.compile(r"(?:\b(?:of|at|for|to|in|within|from|with)\s+(?:the\s+)?|,\s*(?:the\s+)?|\s)$")
#: The kinds a person's post names: a body, or the country an official serves.
_AFFILIATIONS = {"organisation", "country"}
#: Before a place that ends a body's name, what makes it an agency's office: an acronym or an office's word
#: ("IOM Tanzania", "OSCE Centre Almaty"), not a name that merely ends with a place ("Bank of Ghana").
_OWNED_OFFICE = re.compile(r"[A-Z]{2,}|\b(?:Office|Cent(?:re|er)|Mission|Embassy|Delegation)\b")
#: The kinds whose names say what they address: "Workshop on Labour Mobility" (measured: docs/benchmarks.md).
_NAMED_FOR_TOPICS = {"event", "programme", "project", "publication", "network", "process", "agreement", "service"}
#: A unit's head word: "Population Division", "CSME Unit", "Bureau of Population".
_UNIT = re.compile(r"\b(?:Unit|Division|Section|Department|Office|Bureau|Group|Cent(?:re|er)|Directorate|Secretariat|"
                   r"Committee|Commission|Delegation|Mission|Branch|Service|School|Faculty|Fund|Council|Institute|"
                   r"Agency|Headquarters|HQ)\b")
#: Between a unit and its body: "Population Division, UN DESA", "Centre for Migration at the University", "Department of
#: Immigration (DoI), Ministry of Public Security", "Statistics Division/UNDESA".
_UNIT_GAP = re.compile(r"\s*(?:\([^()\n]{1,15}\)\s*)?,\s*(?:the\s+)?|\s*/\s*|\s+(?:of|at)\s+(?:the\s+)?")
#: The same, and "in": a unit named before its body (not a post's place: "Mayor of the A district in South Korea").
_UNIT_IN_GAP = re.compile(rf"{_UNIT_GAP.pattern}|\s+in\s+(?:the\s+)?")
#: After a person's body, its acronym in brackets, if any.
_BODY_ACRONYM = r"\s*(?:\([^)\n]{1,20}\)\s*)?"
#: After a person's body on a line that lists them, its acronym and a comma or the line's end.
_LISTED_BODY_ENDS = re.compile(rf"{_BODY_ACRONYM}(?:,|$)")
#: The same inside a sentence ("comments from A, ILO; B, OECD-DEV"): a comma, a stop, a bracket or the line's end.
_BODY_IN_SENTENCE_ENDS = re.compile(rf"{_BODY_ACRONYM}(?:[,;.)]|$)")
#: A list going on after a name: ", B", " and C".
_LIST_ON = re.compile(r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?")
#: Names many bodies carry without being units of their owner: the UN system's agencies are bodies of their own.
_SYSTEMS = {"United Nations"}
#: How far into a document its lead (title and first lines) reaches, in characters.
_LEAD = 400
#: A text without headings shorter than this is a news item, not a report of the event's discussions: its topics
#: are the event's only where its lead or a sentence that tells of the event names them.
_NEWS_ITEM = 6000
#: The talks of an event: "Speakers discussed", "the presentations".
_EVENT_TALK = re.compile(r"\b(?:speakers?|discuss(?:ed|es|ion|ions)|presentations?|presented|deliberat\w+)\b", re.I)
#: Kinds of the undertaking a report is about: an event, or a forum it reports as one.
_EVENT_KINDS = {"event", "forum"}
#: Words that make a sentence's counts its event's: "brought together 40 experts", "attended by 70 officials".
_GATHERING = re.compile(r"\b(?:br(?:ought|ing|ings) together|gather(?:ed|s|ing)?|attend(?:ed|s|ing|ance)?|"
                        r"participa\w+(?!\s+in\s+(?:[\w-]+\s+){0,3}?(?:programmes?|programs?|schemes?|projects?|initiatives?)\b)|"
                        r"t(?:ook|akes?|aking) part|welcom(?:ed|es)|train(?:ed|s)|training(?!\s+(?:programmes?|programs?|cent(?:re|er)s?|manuals?|materials?|curricul(?:um|a)|institutes?|needs))|convened|assembled|(?:meet|meets|met)\s+(?:in|at|today|this\s+week|for)\b|present\s+(?:at|were)|"
                        r"(?:were|was)\s+(?:also\s+)?(?:present|represented)\b|in\s+(?:the\s+)?presence\s+of|"
                        r"represented\s+(?:included|were|at)\b|c(?:ame|ome|omes|oming)\s+together|"
                        r"conven(?:e|es|ing)\b(?!\s+(?:the|a|an|its|their)\b)|"  # not "convenes the Board Meeting"
                        r"included\s+representatives|joined\s+as\b|made\s+presentations|"
                        r"(?:the\s+)?(?:events?|workshops?|meetings?|trainings?)\s+engaged|"
                        r"(?:speakers|panell?ists|presenters|delegates|participants)\s+from|"
                        r"(?:were|was)\s+joined\s+(?:[\w-]+\s+){0,4}by|remarks\s+were\s+(?:made|delivered|given)\s+by|"
                        r"(?:\d+|several|many)\s+(?:[\w-]+\s+){2,4}(?:officials|representatives|participants|delegates|experts)\s+from|"
                        r"(?:representatives|delegat(?:es|ions)|officials)\s+(?:from|of)\s+"
                        r"(?:several|many|some|\d+|over|more|the\s+\w+\s+member)|(?:^|(?<=[.!?]\s))(?:Representatives|Delegations?)\s+(?:from|of)\s+|"
                        rf"(?:\d+|{_UP_TO_TEN}|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
                        r"sixty|seventy|eighty|ninety|hundred)\s+(?:\w+\s+)?(?:representatives|delegates|officials|officers|"
                        r"participants|experts)\s+(?:from|of))\b", re.I)
#: Whom a visitor met or held talks with: "met with representatives of the", "has held a series of working sessions in
#: Seoul with the".
_MET_WITH = re.compile(r"\b(?:met|meets|meeting)\s+with\s+(?:the\s+)?(?:representatives\s+(?:of|from)\s+(?:the\s+)?)?|"
                       r"\b(?:held|holds|hold|had|holding)\s+(?:\w+\s+){0,4}?(?:talks|discussions|sessions|meetings?|consultations)"
                       r"\s+(?:\w+\s+){0,3}?with\s+(?:the\s+)?")
#: A sentence that says where its gathering was, whatever names it: "It took place at the Onomo hotel", "A held meetings
#: in Ankara".
_TOOK_PLACE = re.compile(r"\b(?:took\s+place|(?:was|were)\s+held|held\s+(?:a\s+|several\s+)?(?:meetings?|talks|discussions?))\b")
#: A training that is the sentence's event, not one a body gives or a fund's name: "the six-day training for
#: officials", "The training was conducted by"; not "providing training to the Prison Service", "the National Training
#: Fund" (measured on the read sets 262 to 421: a training alone gathers 54 right, 71 not curated).
_THE_TRAINING = re.compile(r"\b(?:the|this|a|an|its|their)\s+(?:[\w-]+\s+){0,3}train(?:ing|ed|s)\s+(?:was|will|is|were|brought|"
                           r"gathered|held|conducted|took|for|of|on|organi[sz]ed|focused|aimed|in|at|covered|targeted|,)", re.I)


def _gathers(sentence: str) -> bool:
    """Whether ``sentence`` speaks of a gathering (:data:`_GATHERING`); one that speaks of it only as a training
    must name the training as its event (:data:`_THE_TRAINING`)."""
    words = [m.group(0).lower() for m in _GATHERING.finditer(sentence)]
    return bool(words) and (not all(w.startswith("train") for w in words) or _THE_TRAINING.search(sentence) is not None)


#: Between a unit and the body it belongs to, inside a list: "the Statistics Division of the".
_OF_BODY = re.compile(r"^\s+of\s+(?:the\s+)?$")
#: An aside between the doers and their verb: "A and B, supported by C, are holding", "A, based in C, funds".
_ASIDE = re.compile(r"(?:,|\s+and)\s+(?:with\s+(?:the\s+)?(?:financial\s+)?support\s+(?:of|from)|(?:based|headquartered|located)\s+in|(?:(?:co-?)?sponsored|supported|funded|financed|assisted|backed|"
                    r"joined|accompanied)\s+by)\s+(?:the\s+)?")
#: A body's attributive participle after its name: "the EU-funded PROTECT initiative", "an IOM-led project".
_ATTRIBUTIVE_BODY = re.compile(r"-(?:funded|supported|led|sponsored|financed|implemented|run|backed)\s+")
#: A participle with its agent right before the names a verb follows: "(M4SD) funded by the SDC convenes".
_AGENT_BEFORE = re.compile(r"(?<=[\w)])\s+(?:(?:co-?)?sponsored|supported|funded|financed|assisted|backed)\s+by\s+"
                           r"(?:the\s+)?$")
#: Acronyms of bodies joined at the start of a name: "IOM-UNDP Global Programme", "UNITAR/UNFPA/IOM series".
_ACRONYMS_JOINED = r"[A-Z][A-Z&]{1,7}(?:\s?[-/–]\s?[A-Z][A-Z&]{1,7})+"
_JOINED_ACRONYMS = re.compile(rf"(?:\d+(?:st|nd|rd|th)\s+)?(?:Annual\s+)?(?:Joint\s+)?{_ACRONYMS_JOINED}(?=\s)")
#: The same right before a name: "The AUC/ILO/IOM/ECA Labour Migration Governance Programme".
_JOINED_BEFORE = re.compile(rf"(?<![\w/-]){_ACRONYMS_JOINED}\s+$")
_WHOLE_KINDS = {"forum", "event-series", "programme", "process", "project"}
#: Kinds of an undertaking named after the whole it is part of: "the GFMD Summit", "the Prague Process Knowledge Base".
_PART_KINDS = {"event", "project", "programme", "forum", "service", "product", "publication", "policy"}
#: Kinds of an initiative a body runs when the text names it right before it: "the USAID Safe Migration Programme".
_RUN_KINDS = {"programme", "project", "service", "network"}
_INITIATIVE_KINDS = {"programme", "project", "policy", "process", "network", "service", "event-series", "forum"}
#: Between a name and its cue, an apposition in commas, then a short clause: "X, which brought together
#: 50 experts from 20 countries, was organized by", "X, comprised of ..., was convened in May under".
_APPOSED_GAP = re.compile(r"^,[^.;:]{0,300},\s+(?:which\s+|that\s+)?(?:is|are|was|were|has\s+been|have\s+been|will\s+be)"
                          r"\b[^.;:,]{0,60}$")
#: Between two people listed with their bodies: " of the Foreign Office and Mr. ".
_PEOPLE_AND = re.compile(rf"\s+(?:of\s+(?:the\s+)?[^,;.]{{0,80}}?\s+)?and\s+(?:(?:{_HONORIFIC})\s+)?")
#: A sentence's subject, an apposition, then its verb: "KNOMAD, the first global project that ..., is ".
_APPOSITION = re.compile(r"^,[^.;:]{0,400},\s+(?:is|are|was|were|has\s+been|have\s+been|will\s+be)\s+$")
#: A body described by what it brings together: "the inter-governmental organization which brings together".
_MEMBERSHIP = re.compile(r"\b(?:organi[sz]ation|body|union|community|group(?:ing)?|alliance|process|forum|network|"
                         r"platform|bloc)\s+(?:which|that)\s+(?:\w+\s+)?$", re.I)
#: Events that are no discussion: what their report names is not what they addressed.
_NOT_DISCUSSION = re.compile(r"\b(?:signing|ceremony|launch(?:ing)?|visit|reception|inauguration|handover|opening)\b", re.I)
#: After a verb with no object: the sentence ends, or a place or time follows ("are meeting in Vienna").
_NO_OBJECT = re.compile(r"\s*(?:[.;]|(?:in|at|on|today|this|last|from|during|for)\b)")
#: What a body does about a topic, right after its name: "IOM provides technical assistance ...",
#: "UNU-MERIT are working with ...", "the ILO works to ...".
_WORKS_ON = re.compile(r"(?:\s*\([^)]{1,20}\))?\s+(?:also\s+|is\s+|are\s+|has\s+been\s+|have\s+been\s+|will\s+)?"
                       r"(?:work(?:s|ing)?|focus(?:es|ing)?|aim(?:s|ing)?|promot(?:es|ing)|provid(?:es|ing)|conduct(?:s|ing)|"
                       r"engag(?:es|ed|ing)|dedicated|address(?:es|ing)|tackl(?:es|ing)|fight(?:s|ing)|help(?:s|ing)|"
                       r"assist(?:s|ing)|support(?:s|ing)|plan(?:s|ning)|seek(?:s|ing)|advocat(?:es|ing)|research(?:es|ing))\b")
#: The nouns an event is named again by: "the workshop", "the launch".
_EVENT_AGAIN = ("workshop", "meeting", "conference", "seminar", "training", "consultation", "roundtable", "summit", "webinar",
                "event", "launch", "ceremony", "course")
#: The Global Forum on Migration and Development, whose name is no topic of a meeting of its own (measured: curators link
#: its meetings to migration and development 8 times in 17).
_GLOBAL_FORUM = re.compile(r"\bGlobal\s+Forum\s+(?:on|of|for)\s+Migration\s+(?:and|&)\s+Development\b|\bGFMD\b", re.I)
#: An event that is a part of another by its name: "the opening session", "Session 3: ...", "the inaugural dinner"
#: (measured: 23 of 23 such events curated as part of the reported event; not a panel or a round table, 7 of 11).
_EVENT_PART = re.compile(r"^(?!.*\b(?:\d+(?:st|nd|rd|th)|ordinary|annual|regular|special|extraordinary)\s+session\b)"
                         r".*\b(?:sessions?|opening|closing|dinner|lunch|break-?out|plenary|ceremony)\b", re.I)  # not "the
# 36th Ordinary Session of the AU summit", "the 29th session of the Conference of the Parties": events of their own
#: The nouns of a visit to a place: "the study visit to Mali", "a mission to Nigeria".
_VISIT = r"visits?|trips?|missions?|tours?"
#: A thing named again by its kind: "the project", "The programme", "this initiative", "the two-day workshop".
_THE_KIND = re.compile(r"\b(?:[Tt]he|[Tt]his|[Ii]ts)\s+(?:[\w-]+\s+)?(?P<noun>project|programme|program|initiative|agreement|"
                       rf"network|platform|process|strategy|policy|facility|{'|'.join(_EVENT_AGAIN)})\b(?!\s+(?:of|on|for)\b)")
#: A body named by its kind's word, capitalised: "the Ministry", "the Commission" (not "the Ministry of X").
_THE_BODY = re.compile(r"\b[Tt]he\s+(?P<noun>Ministry|Commission|Government|Agency|Organi[sz]ation|Secretariat|Department|"
                       r"Office|Centre|Center|Fund|Bank|Council|Union|Foundation|Institute|Embassy|Directorate|Bureau|"
                       r"Authority|Service)\b(?!\s+(?:of|on|for)\b)(?![\w’'-])")
_KIND_NOUNS = {"project": {"project"}, "programme": {"programme"}, "program": {"programme"},
               "initiative": {"programme", "project"}, "agreement": {"agreement"}, "network": {"network"},
               "platform": {"network", "product"}, "process": {"process"}, "strategy": {"policy"}, "policy": {"policy"},
               "facility": {"programme"}, **{noun: {"event"} for noun in _EVENT_AGAIN}}
#: What may open a sentence before its subject: "The", "Mr.", "In his presentation, Dr.".
_OPENING = re.compile(rf"[\s\"“(]*(?:(?:The|the)\s+)?(?:(?:{_HONORIFIC})\s*)?")
#: A sentence that goes on about the person of the sentence before: "He also mentioned".
_PRONOUN = re.compile(r"[\s\"“]*(He|She|It)\b")
#: Where a clause ends inside a sentence.
_CLAUSE_STOP = re.compile(r"[,;:]\s|\s[-–—]\s")


@dataclass
class Proposal:
    id: str
    subject: str
    relation: str
    object: str | None
    quote: str
    start: int
    end: int
    section: str
    hint: dict = field(default_factory=dict)
    cue: str = ""  # the pattern that proposed it
    value: object = None  # for a relation that takes a value (a date)
    inferred: str = ""  # the note of a fact the quote carries without saying it

    @property
    def target(self) -> str:
        """The object's id, or the value as a curator reads it: "2008-05-20", "35 employers"."""
        if self.object is not None:
            return self.object
        return " ".join(map(str, self.value.values())) if isinstance(self.value, dict) else str(self.value)

    def entry(self) -> dict:
        target = {"object": self.object} if self.object is not None else {"value": self.value}
        status = {"status": "inferred", "note": self.inferred} if self.inferred else _modality(self.quote)
        return {"id": self.id, "subject": self.subject, "relation": self.relation, **target,
                "quote": self.quote, **self.hint, **status, "proposed": True}


@dataclass
class PartnershipProposal:
    id: str
    kind: str
    partners: list[str]
    about: list[str]
    quote: str
    start: int
    end: int
    section: str
    hint: dict = field(default_factory=dict)
    inferred: str = ""  # the note of a partnership the quote carries without saying it

    def entry(self) -> dict:
        out: dict = {"id": self.id, "kind": self.kind, "partners": self.partners}
        if self.about:
            out["about"] = self.about
        status = {"status": "inferred", "note": self.inferred} if self.inferred else _modality(self.quote)
        return {**out, "quote": self.quote, **self.hint, **status, "proposed": True}


@dataclass
class ProposeResult:
    document: str
    statements: list[Proposal]
    partnerships: list[PartnershipProposal]
    skipped_known: int = 0  # proposals already in the document's statement files
    written: Path | None = None


def propose(doc_ref: str | Path, graph_dir: Path, ontology: Ontology | None = None) -> ProposeResult:
    doc = open_document(document_folder(doc_ref, graph_dir))
    registry = load_registry(graph_dir)
    return proposals_for(doc, registry, ontology or Ontology(resources.ontology_file()))


def proposals_for(doc: SourceDocument, registry: Registry, ontology: Ontology,
                  patterns: list[Pattern] | None = None) -> ProposeResult:
    """What the patterns (default: the package's ``patterns.yaml``) read in ``doc`` between the
    registry's names, kept only where the names' kinds suit the relation."""
    patterns = patterns if patterns is not None else load_patterns()
    reader = _Reader(doc, registry, ontology)
    for pattern in patterns:
        if pattern.reading != "together":
            for cue in pattern.cue.finditer(doc.text):
                reader.read(pattern, cue)
    reader.speeches()
    reader.office_facts()
    reader.joint_names()
    reader.named_parts()
    reader.co_organisers()
    reader.partners_organise()
    reader.headline_partners()
    reader.speaker_topics()
    reader.report_topics()
    reader.undertaking_topics()
    reader.partner_countries()
    reader.page_fields()
    reader.report_participants()
    reader.report_met_with()
    reader.listed_members()
    reader.report_whole()
    reader.doers_of_the_event()
    reader.ministers()
    reader.national_posts()
    reader.people_from_a_body()
    reader.listed_people()
    reader.places_countries()
    reader.hosts_at_premises()
    reader.country_bodies()
    reader.named_units()
    reader.placed_bodies()
    reader.placed_events()
    reader.visits_to()
    reader.placed_undertakings()
    reader.named_topics()
    reader.bracketed_bodies()
    reader.bracketed_places()
    reader.owners_of_events()
    reader.owners_within_names()
    reader.funders_and_doers()  # after the owners of initiatives: "an IOM project ..., funded by SDC"
    for pattern in patterns:  # last: only the pairs no other reading linked
        if pattern.reading == "together":
            reader.together(pattern)
    result = ProposeResult(doc.id, [], [])
    used: set[str] = set()
    locator = Locator(doc)
    for p in sorted(reader.statements.values(), key=lambda p: p.start):  # then in the order read (text order)
        target = p.object if p.object is not None else _value_slug(p.value)
        _finish(p, locator, used, f"{p.subject}-{_kebab(p.relation)}-{target}")
        result.statements.append(p)
    for p in reader.partnerships:
        _finish(p, locator, used, f"{'-'.join(p.partners[:3])}-{p.kind}")
        result.partnerships.append(p)
    return result


Name = tuple  # (start, end, [entity ids])


class _NameIndex:
    """Entities by their folded names, and the names found inside another name."""

    def __init__(self, ids: dict[str, str]) -> None:
        self.ids = ids
        self._inside = re.compile(rf"(?<![\w-])({_alternation(ids)})(?![\w-])") if ids else None

    def find(self, name: str) -> list[tuple[re.Match, str]]:
        """The names inside ``name`` (folded), not ``name`` itself, with their ids."""
        folded = name.casefold()
        return [(m, self.ids[m.group(1)]) for m in self._inside.finditer(folded)
                if m.group(1) != folded] if self._inside else []


class _Within:
    """What :meth:`_Reader.owners_within_names` looks for inside names, indexed once per document: the registry's
    bodies, groups, processes, countries, agreements and policies by their names (folded), and the pairs proposed
    so far, so that each pair is linked once."""

    def __init__(self, reader: "_Reader") -> None:
        self.reader = reader
        self.linked = reader._linked_pairs()
        self.bodies = reader._body_names

        def by_name(*kinds: str, least: int = 4) -> _NameIndex:
            return _NameIndex({n: e for n, e in reader._by_name(kinds).items() if len(n) >= least})

        self.groups, self.processes = by_name("collective"), by_name("process")
        self.countries, self.agreements = by_name("country", least=3), by_name("agreement", "policy")  # "the UAE"
        self.process_acronyms = reader.by_acronym(("process",))
        words = _alternation(self.countries.ids)
        self.country_list = re.compile(rf"\bin\s+(?:the\s+)?((?:{words})(?:(?:,\s*|,?\s+and\s+)(?:the\s+)?(?:{words}))*)"
                                       r"(?![\w-])", re.I) if self.countries.ids else None

    def infer(self, subject: str, relation: str, obj: str, a: int, b: int) -> None:
        """``subject relation obj``, inferred from the name at ``a``..``b``, unless the two are linked already."""
        reader = self.reader
        if subject != obj and frozenset((subject, obj)) not in self.linked and reader.suits(subject, relation, obj):
            reader._inferred(subject, relation, obj, a, b, "owner-within-name",
                             f"Its name, '{normalise(reader.text[a:b])}', names {reader.registry[subject].label}; "
                             "the text does not say so in other words.")
            self.linked.add(frozenset((subject, obj)))


class _Reader:
    """The registry's names in one document, and the proposals read between them."""

    def __init__(self, doc: SourceDocument, registry: Registry, ontology: Ontology):
        self.doc, self.text, self.registry, self.ontology = doc, doc.text, registry, ontology
        self.wrapped = hard_wrapped(doc.text)
        # a news item, not a report of its event's discussions: short, without headings
        self.news = len(doc.text) < _NEWS_ITEM and len(doc.sections) <= 1
        by_span: dict[tuple[int, int], list[str]] = {}
        for m in MentionMatcher(registry).find(doc):
            by_span.setdefault((m.start, m.end), []).append(m.entity)
        # "human rights" for "human rights of migrants"; not the topic cues' words: measured, the report's
        # event addresses the topics they find 61% of the time (docs/benchmarks.md)
        for a, b, topic in topic_variant_spans(doc.text, registry, cues=[]):
            if not any(x < b and a < y for x, y in by_span):
                by_span.setdefault((a, b), []).append(topic)
        for a, b, eid in _elided_names(doc.text, registry):  # "international and non-governmental organizations"
            if not any(x < b and a < y for x, y in by_span):
                by_span.setdefault((a, b), []).append(eid)
        self.offices = office_mentions(doc.text, registry)
        for a, b, offices in self.offices:  # "the IOM regional offices in Pretoria and Dakar": the offices
            by_span[(a, b)] = [o for o, _, _ in offices]
        # outermost names only: "Diaspora Bond Programme" rather than the topic inside it
        outer: list[tuple[int, int]] = []
        for s in sorted(by_span, key=lambda s: (s[0], -s[1])):
            if not outer or s[0] >= outer[-1][1]:
                outer.append(s)
        # "in partnership with": list words, not the topic "partnership"
        phrases = [m.span() for m in re.finditer(_COLLABORATION, doc.text, re.I)]
        outer = [s for s in outer if not any(a <= s[0] and s[1] <= b for a, b in phrases)]
        self.names: list[Name] = [(a, b, by_span[(a, b)]) for a, b in outer]
        referred = self._referred()
        self.referred = {(a, b) for a, b, _ in referred}  # "the workshop": the document's event by its kind
        self.names = sorted(self.names + referred, key=lambda n: (n[0], -n[1]))
        self.place_ends = {b for _, b, ids in self.names if self._has_kind(ids, "place")}
        self.statements: dict[tuple, Proposal] = {}
        self.partnerships: list[PartnershipProposal] = []
        self._seen_partners: set[tuple] = set()
        self._joint_doers: list[tuple[str, list[str], int, int]] = []  # partners of a passive with no object (co_organisers)
        self._speeches: list[tuple] = []  # (pattern, person, [event named], span), linked by speeches()
        self._speaker_at: dict[int, Name] | None = None
        self._indexes: dict[tuple, dict[str, str]] = {}  # the registry by acronym or name, per kinds (_registry_index)
        self.event = self._document_event()
        self.reported = self._reported_event()
        self.lead = self._lead_undertaking()

    def _referred(self) -> list[Name]:
        """"The project", "the programme", "the agreement": the one of that kind named last before
        (within a few paragraphs), read as its name."""
        out = []
        reported = self.doc.metadata.get("reports")
        for m in _THE_KIND.finditer(self.text):
            if any(a <= m.start() < b for a, b, _ in self.names):
                continue
            kinds = _KIND_NOUNS[m.group("noun").lower()]
            if kinds == {"event"}:  # the event named just before by that noun ("the EUI Executive Training ...
                # the training"), else the one the document reports on
                if any(m.end() <= a <= m.end() + 3 for a, _, _ in self.names):
                    continue  # "the executive training “Migration in the EU”": the kind of the name after it
                near = self._last_named(m.start(), 400, _EVENT_KINDS, m.group("noun"))
                if near is None and reported in self.registry and self.registry[reported].kind in kinds:
                    near = reported
                if near is not None:
                    out.append((m.start(), m.end(), [near]))  # with its article: "The seminar was funded by"
                continue
            before = next((n for n in reversed(self.names) if n[1] <= m.start() and m.start() - n[1] < 1500
                           and self._has_kind(n[2], *kinds)), None)
            if before is not None:
                out.append((m.start("noun"), m.end(), [e for e in before[2] if self.registry[e].kind in kinds][:1]))
        for m in _THE_BODY.finditer(self.text):  # "the Ministry": the body named last before by that word
            if any(a <= m.start() < b or m.end() <= a <= m.end() + 1 for a, b, _ in self.names):
                continue
            near = self._last_named(m.start(), 1500, {"organisation"}, m.group("noun"))
            if near is not None:
                out.append((m.start(), m.end(), [near]))
        return out

    def _last_named(self, at: int, window: int, kinds: set[str], noun: str) -> str | None:
        """The entity of ``kinds`` named last before ``at`` (within ``window`` characters) that has the word
        ``noun`` in a name of its, in any case."""
        noun = noun.casefold()
        return next((e for a, b, ids in reversed(self.names) if b <= at and at - b < window for e in ids
                     if self.registry[e].kind in kinds
                     and any(noun in n.casefold().split() for n in self.registry[e].names)), None)

    def _reported_event(self) -> str | None:
        """The event the document is the report of: its metadata's ``reports``, else the document's
        event when its lead (title and first lines) names it, as a news item leads with its event."""
        if "reports" in self.doc.metadata:
            return self.event if self.event == self.doc.metadata["reports"] else None
        if self.event is not None and any(self.event in ids and a < _LEAD for a, _, ids in self.names):
            return self.event
        return None

    def _document_event(self) -> str | None:
        """The event the document reports on: its metadata's ``reports``, else the event it names most
        often (of equals, the first named)."""
        reported = self.doc.metadata.get("reports")
        if isinstance(reported, str) and reported in self.registry:
            return reported
        return self._most_named([e for _, _, ids in self.names for e in ids if self.registry[e].kind in _EVENT_KINDS])

    def _most_named(self, ids: list[str]) -> str | None:
        """Of ``ids``, the one the document names most; of equals, the first named (a news item's own event)."""
        if not ids:
            return None
        counts = Counter(e for _, _, named in self.names for e in named)
        return max(dict.fromkeys(ids), key=lambda e: counts[e])

    def office_facts(self) -> None:
        """An office named by its place is a unit of its agency, based in the place."""
        for a, b, offices in self.offices:
            for office, body, place in offices:
                if body is not None:
                    self.add(office, "subOrganisationOf", body, a, b, "office-of-agency")
                if place is not None:
                    self.add(office, "basedIn", place, a, b, "office-of-agency")

    def joint_names(self) -> None:
        """An initiative or event named after the bodies that run it ("the IOM-UNDP Global Programme",
        "the 6th Annual OECD-ILO-ADBI Roundtable", "the AUC/ILO/IOM/ECA Labour Migration Programme"): each
        leads the initiative or organises the event, and they are partners in it; inferred from the name."""
        by_acronym = self.by_acronym(("organisation",))
        for a, b, ids in self.names:
            joined = _JOINED_ACRONYMS.match(self.text, a, b) or _JOINED_BEFORE.search(self.text, max(0, a - 60), a)
            initiatives = [e for e in ids if self.registry[e].kind in _INITIATIVE_KINDS]
            events = [e for e in ids if self.registry[e].kind in _PART_KINDS]
            if joined is None or not (initiatives or events):
                continue
            bodies = list(dict.fromkeys(by_acronym[x] for x in re.findall(r"[A-Z][A-Z&]+", joined.group(0))
                                        if x in by_acronym))
            if len(bodies) < 2:
                continue
            if initiatives:
                note = f"The name '{joined.group(0).strip()}' makes it theirs; the text does not say who runs it."
                for body in bodies:
                    self._inferred(body, "leads", initiatives[0], a, b, "joint-name", note)
                self.add_partnership("collaboration", bodies, initiatives[:1], a, b, inferred=note)
            else:
                note = f"The name '{joined.group(0).strip()}' makes it theirs; the text does not say who organised it."
                for body in bodies:
                    self._inferred(body, "organises", events[0], a, b, "joint-name", note)
                self.add_partnership("co-organisation", bodies, events[:1], a, b, inferred=note)

    def by_acronym(self, kinds) -> dict[str, str]:
        """The registry's entities of ``kinds`` by their acronyms (of two with one acronym, the first)."""
        return self._registry_index(kinds, by_acronym=True)

    def _by_name(self, kinds) -> dict[str, str]:
        """The registry's entities of ``kinds`` by each of their names, folded (of two with one name, the first)."""
        return self._registry_index(kinds, by_acronym=False)

    def _registry_index(self, kinds, by_acronym: bool) -> dict[str, str]:
        """The registry's entities of ``kinds`` by their acronyms or their folded names, the first of two with one
        key; read from the registry once per document, kinds and key (callers do not change it)."""
        key = (by_acronym, tuple(sorted(kinds)))
        if key not in self._indexes:
            found: dict[str, str] = {}
            for e in self.registry.values():
                if e.kind in kinds:
                    for k in (e.acronyms if by_acronym else [n.casefold() for n in e.names]):
                        found.setdefault(k, e.id)
            self._indexes[key] = found
        return self._indexes[key]

    @functools.cached_property
    def _places_by_name(self) -> dict[str, str]:
        """The registry's countries and places by each of their names of three letters or more, folded."""
        return {n: e for n, e in self._by_name(("country", "place")).items() if len(n) > 2}

    @functools.cached_property
    def _body_names(self) -> dict[str, str]:
        """The registry's bodies by their label and each capitalised name, folded: not an acronym (read as
        written, "WHO" is no "who"), nor an alias such as "Government" or "Cabinet", which names a body only in
        its own report."""
        return {n.casefold(): e.id for e in self.registry.values() if e.kind == "organisation"
                for n in e.names if n == e.label or n[:1].isupper() and not n.isupper() and n.casefold() not in _BODY_NOUNS}

    @functools.cached_property
    def _countries_by_name(self) -> dict[str, str]:
        """The registry's countries by each of their names and their people's adjective ("kazakh"), folded."""
        countries = dict(self._by_name(("country",)))  # a copy: the adjectives join it
        by_iso2 = {e.iso2: e.id for e in self.registry.values() if e.kind == "country" and e.iso2}
        for adjective, (label, iso2, _) in demonyms().items():
            country = countries.get(label.casefold()) or by_iso2.get(iso2)  # "Turkish": Turkey, registered as "Turkey"
            if country is not None:
                countries.setdefault(adjective.casefold(), country)
        return countries

    def _inferred(self, subject: str, relation: str, obj: str, a: int, b: int, cue: str, note: str) -> None:
        """:meth:`add`, as a fact the quote carries without saying it, with its note."""
        if (subject, relation, obj) not in self.statements:
            self.add(subject, relation, obj, a, b, cue)
            if (subject, relation, obj) in self.statements:
                self.statements[(subject, relation, obj)].inferred = note

    def country_bodies(self) -> None:
        """A body named after a country ("Employers' Confederation of Philippines", "the Australian
        Council of Trade Unions", "Ghana's National Planning Commission", "the Kazakh Ministry of
        Labour") is based in it; inferred
        from the name."""
        countries = self._countries_by_name
        if not countries:
            return
        words = _alternation(countries)
        # not "the Organization of American States"
        inside = re.compile(rf"(?:\bof\s+(?:the\s+)?|^)({words})(?:’s|'s|’)?(?=\s|$)(?!\s+States\b)", re.I)
        before = re.compile(rf"\b({words})(?:(?:’s|'s|’)\s+(?:own\s+)?|\s+)$", re.I)  # "Ghana's", "the Kazakh"
        for a, b, ids in self.names:
            bodies = [e for e in ids if self.registry[e].kind == "organisation"
                      and not _COUNTRYS_OWN.search(self.text[a:b] + " " + self.registry[e].label)]
            if not bodies:
                continue
            named = inside.search(self.text[a:b]) or inside.search(self.registry[bodies[0]].label)
            m0 = a
            if named is None:
                named = before.search(self.text, max(0, a - 40), a)
                m0 = named.start() if named else a
            if named is None:
                continue
            country = countries[named.group(1).casefold()]
            if _ABROAD.search(self.text[a:b]):
                # "the Embassy of Switzerland to Sudan": a country's mission is based where it is sent, not at home; so are
                # "the Philippine embassy", "Ethiopian missions", "the Philippine Overseas Labor Office", "the Qatar Chapter"
                sent = re.search(rf"\b(?:to|in)\s+(?:the\s+)?({words})(?=\s|$)", self.text[a:b], re.I)
                if sent is None:
                    continue
                country = countries[sent.group(1).casefold()]
            for body in bodies:
                self._inferred(body, "basedIn", country, m0, b, "named-after-country",
                               f"Its name, '{normalise(self.text[m0:b])}', places it in the country.")

    def placed_bodies(self) -> None:
        """A body whose name ends with a country or a city ("IOM Tanzania", "UNHCR - Costa Rica", "RO
        Dakar", "the Consulate General of Japan in Ho Chi Minh"), or that is named followed by "in" one ("RMIT
        University in Melbourne", "the National Development Planning Commission (NDPC) in Ghana"), is based in it;
        inferred. Not a list of offices ("offices in Brussels and Nairobi"): the offices are read apart."""
        places = self._places_by_name
        if not places:
            return
        words = _alternation(places)
        ending = re.compile(rf"(?:\s+|\s*[-–]\s*)({words})$", re.I)
        cities = {n: e for n, e in places.items() if self.registry[e].kind == "place"
                  and (n.title() in city_names() or n.title() in subdivision_names())}  # not "Africa", "Caribbean"
        # "the Dubai Judicial Institute", "the University of Athens", "Provincial Government of Palawan": a city's own body
        city_body = re.compile(rf"^(?:the\s+)?(?:({_alternation(cities)})\s+(?=[A-Z])(?!(?:{_alternation(cities)})\b)|"
                               rf".*\b(?:University|Municipality|Government|Council|Corporation|Chamber\s+of\s+Commerce)\s+of\s+"
                               rf"(?:the\s+)?({_alternation(cities)})$)", re.I) if cities else None
        for i, (a, b, ids) in enumerate(self.names):
            bodies = [e for e in ids if self.registry[e].kind == "organisation"]
            if not bodies:
                continue
            city = city_body and city_body.match(" ".join(self.text[a:b].split()))
            where = city and (city.group(1) or city.group(2))
            if where and where[:1].isupper():
                for body in bodies:
                    self._inferred(body, "basedIn", cities[where.casefold()], a, b,
                                   "named-for-city", f"Its name, '{normalise(self.text[a:b])}', names its city.")
            for name in (self.text[a:b], self.registry[bodies[0]].label):
                m = ending.search(name)
                if m and _MISSION.search(name) and re.search(r"\bof\s+(?:the\s+)?$", name[:m.start() + 1]):
                    continue  # "the Embassy of Lorvania": the country it is of, not where it is
                if m and " and " not in name and (_OWNED_OFFICE.search(name, 0, m.start())
                                                  or re.search(r"\b(?:in|to)\s+(?:the\s+)?$", name[:m.start() + 1])):
                    # "the Consulate General of Japan in Ho Chi Minh", "the EU Delegation to Vietnam"
                    for body in bodies:
                        self._inferred(body, "basedIn", places[m.group(1).casefold()], a, b, "named-with-place",
                                       f"Its name, '{normalise(self.text[a:b])}', places it there.")
                    break
            j = i + 1
            if j + 1 < len(self.names) and self.names[j][2] == ids and re.fullmatch(r"\s*\(+", self.text[b:self.names[j][0]]):
                j, b = j + 1, self.names[j][1] + 1  # "the National Development Planning Commission (NDPC) in Ghana"
                self._places_after_acronym(bodies, a, b, j)
            if j < len(self.names) and re.fullmatch(r"\s+in\s+(?:the\s+)?", self.text[b:self.names[j][0]]) \
                    and not _HELD_BY.search(self.text, max(0, a - 30), a):  # "a workshop organized by FAO in Yaounde"
                c, d, where = self.names[j]
                for place in (e for e in where if self.registry[e].kind in ("country", "place")):
                    for body in bodies:
                        self._inferred(body, "basedIn", place, a, d, "body-in-place",
                                       f"'{normalise(self.text[a:d])}' places it there; the text does not say it is based there.")

    def _places_after_acronym(self, bodies: list[str], a: int, b: int, j: int) -> None:
        """The countries or places after a body's acronym, after a comma and joined by slashes, up to a
        comma or a bracket: where it is based ("Lawyers for Human Rights ((LHR), South Africa)", "ACILA
        (ACILA), USA/Ghana,"); inferred. ``b`` is the end of the acronym's bracket, ``j`` the next name."""
        places, cursor = [], b
        for c, d, where in self.names[j:]:
            if not re.fullmatch(r"\s*/\s*" if places else r"\s*,\s*", self.text[cursor:c]) \
                    or not self._has_kind(where, "country", "place"):
                break
            places.append(next(e for e in where if self.registry[e].kind in ("country", "place")))
            cursor = d
        if places and re.match(r"\s*[,)]", self.text[cursor:cursor + 3]):
            for place in places:
                for body in bodies:
                    self._inferred(body, "basedIn", place, a, cursor, "body-acronym-place",
                                   f"'{normalise(self.text[a:cursor])}' places it there.")

    def placed_undertakings(self) -> None:
        """An undertaking named for the places it works in ("the Labour Migration Programme in Central
        Asia", "the Safe Migration in Central Asia Programme", "the EU Trust Fund for Africa") operates
        in each; inferred."""
        places = self._places_by_name
        if not places:
            return
        words = _alternation(places)
        area = re.compile(rf"\b(?:in|for|across)\s+(?:the\s+)?((?:{words})(?:(?:,\s*|,?\s+and\s+)(?:the\s+)?(?:{words}))*)\b", re.I)
        for a, b, ids in self.names:
            for x in (e for e in ids if self.registry[e].kind in _RUN_KINDS):
                for m in area.finditer(" ".join(self.text[a:b].split())):
                    for name in re.split(r",\s*|,?\s+and\s+", m.group(1)):
                        place = places.get(re.sub(r"^the\s+", "", name, flags=re.I).casefold())
                        if place and self.suits(x, "operatesIn", place):
                            self._inferred(x, "operatesIn", place, a, b, "named-for-area",
                                           f"Its name, '{normalise(self.text[a:b])}', names where it works.")

    def placed_events(self) -> None:
        """An event named with a city ("the Geneva Diaspora Ministerial Conference", "the Bangkok Workshop")
        was held there; inferred. Not a city in another name the event's holds ("Rabat Process Meeting")."""
        cities = {n: e for n, e in self._by_name(("place",)).items() if n.title() in city_names() or n in city_names()}
        if not cities:
            return
        words = re.compile(rf"\b(?:{_alternation(cities)})\b", re.I)
        others = [n for n, e in self._by_name(set(KIND_CLASS) - {"place", "country", "event"}).items() if words.search(n)]
        for a, b, ids in self.names:
            events = [e for e in ids if self.registry[e].kind in _PART_KINDS]
            name = self.text[a:b].casefold()
            if not events or any(o in name for o in others):
                continue  # the city is in another body's or undertaking's name: "Rabat Process Meeting"
            for m in words.finditer(self.text, a, b):
                for event in events:
                    self._inferred(event, "heldIn", cities[m.group(0).casefold()], a, b, "named-with-city",
                                   f"Its name, '{normalise(self.text[a:b])}', places it there.")

    def visits_to(self) -> None:
        """A visit, a trip or a mission to a country or a place, the name of the event or right after it ("the
        three-day study visit to Mali", "the official visit to Cambodia by A"), was held there."""
        places = self._places_by_name
        if not places:
            return
        to = re.compile(rf"\b(?:{_VISIT})\s+to\s+(?:the\s+)?({_alternation(places)})(?![\w-])", re.I)
        for i, (a, b, ids) in enumerate(self.names):
            events = [e for e in ids if self.registry[e].kind == "event"]
            if not events:
                continue
            following = self.names[i + 1] if i + 1 < len(self.names) else None
            inside = to.search(" ".join(self.text[a:b].split()))
            after = following is not None and re.fullmatch(r"\s+to\s+(?:the\s+)?", self.text[b:following[0]]) \
                and re.search(rf"(?:{_VISIT})$", self.text[a:b], re.I)
            if inside:
                where, end = [places[inside.group(1).casefold()]], b
            elif after:
                where, end = [e for e in following[2] if self.registry[e].kind in ("country", "place")], following[1]
            else:
                continue
            for event in events:
                for place in where:
                    self._inferred(event, "heldIn", place, a, end, "visit-to",
                                   f"'{normalise(self.text[a:end])}': where the visit went.")

    def named_topics(self) -> None:
        """An undertaking or a publication whose name, as the text writes it, holds a topic's name or alias
        ("the Workshop on Labour Mobility", "the Diaspora Mapping Study", "the Global Remittances Summit")
        addresses it; inferred. Not a policy (measured: a policy's name is rarely what a curator reads as
        its topic), nor a body, a forum or a series."""
        topics = self._by_name(("topic",))  # names are white-space folded
        if not topics:
            return
        inside = re.compile(rf"(?<!\w)({_alternation(topics)})(?!\w)", re.I)
        for a, b, ids in self.names:
            for x in (e for e in ids if self.registry[e].kind in _NAMED_FOR_TOPICS):
                name = " ".join(self.text[a:b].split())
                for m in inside.finditer(name):
                    topic = topics[m.group(1).casefold()]
                    if re.match(r"\s*(?:for|on|of|with|\(|$)", name[m.end():]) and m.group(1).split()[-1].casefold() \
                            in ("partnership", "partnerships") or _GLOBAL_FORUM.search(name):
                        continue  # "the Silk Routes Partnership for Migration": its kind, not its topic; the GFMD
                    if self.suits(x, "addresses", topic):
                        self._inferred(x, "addresses", topic, a, b, "topic-in-name",
                                       f"Its name, '{normalise(self.text[a:b])}', names the topic.")

    def named_units(self) -> None:
        """A body named with another body's acronym or name ("IOM Tanzania", "the CARICOM Secretariat",
        "Department of Social Development of the OAS", "the OSCE's Office for ...") is its unit; so is a
        unit named before its body with a comma or "of" ("Population Division, UN DESA"), where no list
        goes on. A group so named ("IGAD Member States", "ICMPD representatives") is of its members.
        Inferred from the name. Not the United Nations: the agencies named after it are bodies of their own."""
        labels = self._body_names
        for i, (a, b, ids) in enumerate(self.names):
            for x in (e for e in ids if self.registry[e].kind in ("organisation", "collective")):
                group = self.registry[x].kind == "collective"
                if group and " and " in self.text[a:b]:  # "ACP and EU Member States": of both, or of neither
                    continue
                parents = self._owners_in_name(x, a, b, labels)
                if not parents and not group and i + 1 < len(self.names) and _UNIT.search(self.text, a, b):
                    c, d, following = self.names[i + 1]
                    then = self.names[i + 2] if i + 2 < len(self.names) else None
                    listed = i and re.fullmatch(r"\s*,\s*(?:the\s+)?", self.text[self.names[i - 1][1]:a]) \
                        and self._has_kind(self.names[i - 1][2], "organisation")  # "..., the X Agency, the Y Council"
                    if _UNIT_IN_GAP.fullmatch(self.text[b:c]) and not listed and not (
                            then is not None and _LIST_ON.fullmatch(self.text[d:then[0]])):
                        parents = {y for y in following if self.registry[y].kind == "organisation"}
                        b = d
                if not parents and not group and i and re.fullmatch(r"[’']s\s+", self.text[self.names[i - 1][1]:a]):
                    parents = {y for y in self.names[i - 1][2] if self.registry[y].kind == "organisation"}
                    a = self.names[i - 1][0]  # "the OSCE's Office for Democratic Institutions"
                for y in sorted(parents):
                    if self.registry[y].label not in _SYSTEMS:
                        self._inferred(x, "memberOf" if group else "subOrganisationOf", y, a, b, "named-unit",
                                       f"Its name, '{normalise(self.text[a:b])}', makes it "
                                       f"{'of the members of' if group else 'a unit of'} {self.registry[y].label}.")

    def _owners_in_name(self, x: str, a: int, b: int, labels: dict[str, str], attributive: bool = False) -> set[str]:
        """The bodies whose acronym or name (``labels``: a body's id by its label, folded) stands in the name
        of ``x`` (as the text writes it at ``a``..``b``, or as its label): not its own acronym, not a body
        joined to another ("IOM-UNDP") or listed with "and", not one it is sent "to"; ``attributive``: also an
        acronym before its participle ("the ILO-implemented, SDC-funded project")."""
        acronyms = self.by_acronym(("organisation",))
        owners = set()
        after = r"(?![-/](?!(?:funded|financed|sponsored|supported|led|implemented|run|managed)\b))" if attributive else r"(?![-/])"
        for name in (self.text[a:b], self.registry[x].label):
            for m in re.finditer(r"(?<![-/])\b[A-Z][A-Za-z&]{1,7}\b" + after, name):
                if m.group(0) not in self.registry[x].acronyms \
                        and not re.search(r"\b(?:to|for)\s+(?:the\s+)?$", name[:m.start()]):  # "Representation to the EU"
                    owners.add(acronyms.get(m.group(0)))
            folded = name.casefold()
            for label, y in labels.items():
                if label != folded and label in folded and re.search(rf"(?<!\w){re.escape(label)}(?!\w)", folded) \
                        and not re.search(rf"(?<!\w){re.escape(label)}\s+and\b|\b(?:to|for)\s+(?:the\s+)?"
                                          rf"{re.escape(label)}", folded):
                    owners.add(y)
        return owners - {None, x}

    def bracketed_bodies(self) -> None:
        """A person followed by brackets that name bodies ("Ms. A (Director of UN-Habitat New York Office)",
        "Mr. B (Population and Development Branch, United Nations Population Fund – UNFPA)") represents each."""
        for i, (a, b, ids) in enumerate(self.names):
            people = [e for e in ids if self.registry[e].kind == "person"]
            if not people or not re.match(r"\s*\(", self.text[b:b + 3]):
                continue
            close = self.text.find(")", b)
            if close < 0 or close - b > 250:
                continue
            for c, d, inner in self.names[i + 1:]:
                if d > close:
                    break
                for body in inner:
                    if self.registry[body].kind == "organisation":
                        self.add(people[0], "represents", body, a, close + 1, "person-bracket")

    def bracketed_places(self) -> None:
        """A body or person followed by its country or city alone in brackets ("Our Journey (Malaysia)", "African
        Diaspora Network (San Jose)", "A – Migration expert (Italy)"): based there."""
        for i, (a, b, ids) in enumerate(self.names[:-1]):
            actors = [e for e in ids if self.registry[e].kind in ("organisation", "person")]
            c, d, inner = self.names[i + 1]
            gap = self.text[b:c]
            if not actors or not (re.fullmatch(r"\s*\(", gap) or self._has_kind(ids, "person")
                                  and re.fullmatch(r"\s*[–—-]\s*[^()\n,;.]{1,40}\(", gap)) \
                    or not re.match(r"\s*\)", self.text[d:d + 3]):
                continue
            for place in (e for e in inner if self.registry[e].kind in ("country", "place")):
                if self.suits(actors[0], "basedIn", place):
                    self.add(actors[0], "basedIn", place, a, d + 1, "bracketed-place")

    def owners_of_events(self) -> None:
        """An event named with a body before it ("ILO's Regional Tripartite Meeting", "an ILO regional
        meeting", "the UNITAR seminar") is the body's: it organises it; a publication or policy so named
        ("the European Commission’s New Pact", "the Open Working Group’s (OWG) report") it provides;
        a programme, project, service or network so named ("the USAID Safe Migration Programme", "IOM's
        X project") it leads; a country's, only with its possessive ("Ghana's National Labour Migration
        Policy"); inferred from the name."""

        def own(owner: str, relation: str, things: list[str], start: int, end: int) -> None:
            cue, tail = _OWNED[relation]
            for thing in things:
                self._inferred(owner, relation, thing, start, end, cue,
                               f"'{normalise(self.text[start:end])}' makes it theirs{tail}")

        for i, (a, b, ids) in enumerate(self.names):
            events = [e for e in ids if self.registry[e].kind in _EVENT_KINDS]
            works = [e for e in ids if self.registry[e].kind in ("publication", "policy", "product")]
            initiatives = [e for e in ids if self.registry[e].kind in _RUN_KINDS]
            if not (events or works or initiatives):
                continue
            pa, pb, owners = self.names[i - 1] if i else (a, a, [])
            # a country's only with its possessive: "Canada’s temporary migrant workers program"
            owners = [o for o in owners if self.registry[o].kind == "organisation" or self.registry[o].kind == "country"
                      and re.match(r"’s|'s|’", self.text[pb:a])]
            # "the EU's new migration partnership framework": with a possessive, a few words between
            owned = re.fullmatch(r"(?:’s|'s|’)\s+(?:[a-z][\w-]*\s+){1,3}", self.text[pb:a]) is not None
            if owners and (owned or re.fullmatch(r"(?:’s|'s|’)?(?:\s+\([A-Z][A-Za-z&]{1,9}\))?\s+", self.text[pb:a])):
                own(owners[0], "organises", events, pa, b)
                own(owners[0], "provides", works, pa, b)
            if owners and (owned or re.fullmatch(r"(?:’s|'s|’)?\s+(?:(?:[a-z-]+\s+){0,2}(?:project|programme|program|initiative)"
                                                 r"\s*[:,]?\s*[“\"‘]?)?", self.text[pb:a])):
                # "the USAID Safe Migration in Central Asia Programme", "an IOM regional project: “Strengthening ...”"
                own(owners[0], "leads", initiatives, pa, b)
            head = re.match(r"([A-Z][A-Z&]{1,7})(?:’s|'s)?\s", self.text[a:b])
            owner = head and self.by_acronym(("organisation",)).get(head.group(1))
            if owner:
                own(owner, "organises", events, a, b)
                own(owner, "leads", initiatives, a, b)  # "the ILO GMS TRIANGLE project", "the EU Trust Fund for Africa"
            follows = self.names[i + 1] if i + 1 < len(self.names) else None
            if (initiatives or events) and follows is not None and re.fullmatch(r"\s+of\s+(?:the\s+)?", self.text[b:follows[0]]):
                for body in (e for e in follows[2] if self.registry[e].kind == "organisation"):
                    own(body, "leads", initiatives, a, follows[1])  # "the SIMS project of Helvetas"
                    own(body, "organises", events, a, follows[1])  # "the annual meeting of the Forum"
            tail = re.search(r"\b(?:meeting|session|conference|council|assembly|summit|congress)\s+of\s+(?:the\s+)?"
                             r"([A-Z][\w’'&-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][\w’'&-]*)*)$",
                             " ".join(self.text[a:b].split()), re.I) if events else None
            body = tail and (self._by_name(("organisation",)).get(tail.group(1).casefold())
                             or self.by_acronym(("organisation",)).get(tail.group(1)))
            if body:  # "the 331st governing board meeting of the ILO": the ILO's, its name within the event's
                own(body, "organises", events, a, b)

    def owners_within_names(self) -> None:
        """A body, a group, a process, a country or an agreement whose name stands inside the name of another
        entity, where no other reading linked the two (:meth:`_bodies_within_name`, :meth:`_others_within_name`).
        Inferred from the name."""
        within = _Within(self)
        for a, b, ids in self.names:
            name = " ".join(self.text[a:b].split())
            for x in ids:
                self._bodies_within_name(within, x, name, a, b)
                self._others_within_name(within, x, name, a, b)

    def _bodies_within_name(self, within: "_Within", x: str, name: str, a: int, b: int) -> None:
        """A body whose acronym or name stands inside the name of ``x`` ("the Regional Consultation of the Women’s
        Caucus on the AHRB", "the AU Agenda 2063", "the ILO guidance note on wages"): it organises an event (one the
        event is "with" or "between" it takes part in; not one it is "on"), leads a programme or project (funds or
        supports one "funded" or "supported" by it, each body its own participle: "the ILO-implemented, SDC-funded
        project"), provides a policy or publication, and signs an agreement it is "with" ("the MoU with IMC")."""
        kind = self.registry[x].kind
        if kind not in _EVENT_KINDS | _RUN_KINDS | {"policy", "publication", "agreement"}:
            return
        for body in sorted(self._owners_in_name(x, a, b, within.bodies, attributive=kind != "agreement")):
            names = [self.registry[body].label, *self.registry[body].acronyms]
            if kind == "agreement":
                if any(re.search(rf"\bwith\s+(?:the\s+)?{re.escape(n)}\b", name, re.I) for n in names):
                    within.infer(body, "signs", x, a, b)
                continue
            if self.registry[body].label in _SYSTEMS or any(re.search(
                    rf"\b(?:on|about|against)\s+(?:the\s+)?{re.escape(n)}\b", name, re.I) for n in names):
                continue  # "a consultation on the AHRB": what it is about
            if kind in _EVENT_KINDS:
                joined = any(re.search(rf"\b(?:with|between|by)\s+(?:the\s+)?(?:\S+\s+){{0,6}}?{re.escape(n)}", name, re.I)
                             for n in names)
                within.infer(body, "participatesIn" if joined else "organises", x, a, b)
            elif kind in _RUN_KINDS:
                funded = next((m for n in names for m in re.finditer(
                    rf"(?<![\w-]){re.escape(n)}\s*-?\s*(funded|financed|supported)\b", name)), None)
                relation = {"funded": "funds", "financed": "funds", "supported": "supports"}.get(
                    funded.group(1) if funded else "", "leads")
                within.infer(body, relation, x, a, b)
            else:
                within.infer(body, "provides", x, a, b)

    def _others_within_name(self, within: "_Within", x: str, name: str, a: int, b: int) -> None:
        """A group inside an event's or an undertaking's name after "for", "with", "to" ... takes part in it ("the
        workshop for journalists"); a group named after a process is of its members ("CP Member States"); a group
        "in" a country is based there ("Filipinos working in the UAE"); a country inside an agreement's name signs
        it ("the memorandum of understanding with Rwanda"); an event's signing produces the agreement or policy its
        name holds, another event briefs on it ("a consultation on the Labour Policy"); a programme or project
        operates in the country its name holds (not one that is part of a body's name in it: "the programme of the
        Sri Lanka Bureau of Foreign Employment")."""
        kind = self.registry[x].kind
        if kind in _EVENT_KINDS | _RUN_KINDS:
            for m, group in within.groups.find(name):
                before = name[:m.start()]
                if m.start() == 0 or re.search(r"\b(?:for|with|to|among|between|from|by)\s+(?:the\s+|its\s+|their\s+)?$",
                                               before, re.I) or kind in _EVENT_KINDS and _MEETING_OF.search(before):
                    within.infer(group, "participatesIn", x, a, b)
        if kind == "collective":
            where = within.country_list.search(name) if within.country_list else None
            for place in re.split(r",\s*|,?\s+and\s+", where.group(1)) if where else []:
                within.infer(x, "basedIn", within.countries.ids[re.sub(r"^the\s+", "", place, flags=re.I).casefold()], a, b)
            acronyms = [within.process_acronyms[m] for m in re.findall(r"\b[A-Z][A-Z&]{1,7}\b", name)
                        if m in within.process_acronyms]
            for process in [p for _, p in within.processes.find(name)] + acronyms:
                within.infer(x, "participatesIn", process, a, b)
        if kind == "agreement":
            for _, country in within.countries.find(name):
                within.infer(country, "signs", x, a, b)
        if kind in _EVENT_KINDS:
            signing = re.search(r"\b(?:sign|endors|adopt|conclu)", name, re.I)
            for _, thing in within.agreements.find(name):
                within.infer(x, "produces" if signing else "briefsOn", thing, a, b)
        if kind in _RUN_KINDS and within.countries.ids:
            bodies = [n for n in within.bodies if n in name.casefold()]
            for m, country in within.countries.find(name):
                if not any(m.group(1) in n for n in bodies):
                    within.infer(x, "operatesIn", country, a, b)

    def named_parts(self) -> None:
        """An event, initiative or product whose name holds the acronym or name of a forum, series,
        programme, process or project ("the Ninth GFMD Summit", "a GFMD Dialogue on ...", "the Prague
        Process Knowledge Base", "JLMP Priority") is part of it, and a publication named after another
        publication ("the second edition of the Africa Migration Report"); inferred from the name."""
        wholes = self.by_acronym(_WHOLE_KINDS)
        every = {n: e for n, e in self._by_name(_WHOLE_KINDS | {"publication"}).items() if " " in n}
        for a, b, ids in self.names:
            events = [e for e in ids if self.registry[e].kind in _PART_KINDS]
            # a publication is a whole only of another ("the second edition of the Africa Migration Report")
            publication = bool(events) and self.registry[events[0]].kind == "publication"
            labels = {n: e for n, e in every.items() if publication or self.registry[e].kind != "publication"}
            named = [(acronym, wholes.get(acronym)) for acronym in re.findall(r"\b[A-Z][A-Z&]{1,7}\b", self.text[a:b])]
            folded = " ".join(self.text[a:b].split()).casefold()
            inside = [label for label in labels  # "the 10th Anniversary of the Prague Process"
                      if label != folded and label in folded and re.search(rf"(?<!\w){re.escape(label)}(?!\w)", folded)]
            named += [(label, labels[label]) for label in inside  # the longest: "Bali Process Consultation Mechanism"
                      if not any(label != other and label in other for other in inside)]
            named = [(what, whole) for what, whole in named if whole not in ids]
            named = [(what, whole) for what, whole in named  # "HRP Priority Closing Event": of HRP Priority, not of HRP
                     if not any(len(other) > len(what) and re.search(rf"(?<!\w){re.escape(what.casefold())}(?!\w)", other)
                                for other, _ in named)]
            for what, whole in named if events else []:
                if whole is None or (events[0], "partOf", whole) in self.statements:
                    continue
                self._inferred(events[0], "partOf", whole, a, b, "named-part",
                               f"Its name, '{normalise(self.text[a:b])}', makes it part of the {what}.")
                # "the 18th Bali Process Steering Group meeting": the group is part of the Bali Process too
                label = self.registry[whole].label.casefold()
                for inner, outer in labels.items() if self.registry[whole].kind in _PART_KINDS else ():
                    if outer != whole and inner != label and re.search(rf"(?<!\w){re.escape(inner)}(?!\w)", label) \
                            and (whole, "partOf", outer) not in self.statements:
                        self._inferred(whole, "partOf", outer, a, b, "named-part",
                                       f"Its name, '{self.registry[whole].label}', makes it part of the {inner}.")

    def places_countries(self) -> None:
        """Held or based in a city the text names with its country ("in Accra, Ghana"): in the country too;
        also when the text names the city with its country elsewhere (inferred)."""
        for (subject, relation, obj), p in list(self.statements.items()):
            if relation not in ("heldIn", "basedIn") or obj is None or self.registry[obj].kind != "place":
                continue
            place = next((n for n in self.names if obj in n[2] and p.start <= n[0] and n[1] <= p.end), None)
            country = place and self._country_after(place)
            for c in (country[2] if country else []):
                if self.registry[c].kind == "country" and self.suits(subject, relation, c):
                    self.add(subject, relation, c, p.start, max(p.end, country[1]), "place-in-country")
            if country or place is None:
                continue
            # "took place in Sofia" here, "Sofia, Bulgaria" elsewhere in the text: in the country, inferred
            elsewhere = next(((n, c) for n in self.names if obj in n[2] and (c := self._country_after(n))), None)
            for c in (elsewhere[1][2] if elsewhere else []):
                if self.registry[c].kind == "country" and self.suits(subject, relation, c):
                    self._inferred(subject, relation, c, elsewhere[0][0], elsewhere[1][1], "place-in-country",
                                   f"In {self.registry[obj].label}, which the text places in {self.registry[c].label}.")

    def hosts_at_premises(self) -> None:
        """An event held at a body's premises ("a meeting held at the IOM Headquarters in Geneva", "signed at the
        Nigerian Ministry for Foreign Affairs", "at KOICA headquarters"): the body hosts it (inferred). The event is
        the one the sentence names, else the document's when the sentence speaks of it (held, met, signed, a meeting)."""
        bodies_by_name = self._by_name(("organisation",))
        for a, b, ids in self.names:
            at = re.search(r"\b(?:held|took\s+place|met|meet|meeting|signed|closed|opened|convened|hosted|visited|"
                           r"visit|call|ceremony|workshop|conference|session)\b[^.;:\n]{0,60}?\bat\s+(?:the\s+)?$",
                           self.text[max(0, a - 90):a])
            if at is None:
                continue
            bodies = [e for e in ids if self.registry[e].kind == "organisation"]
            head = None if bodies else re.match(
                r"(?P<body>.+?)(?:’s|'s)?\s+(?:[Hh]eadquarters|HQ|[Oo]ffices?|[Ss]ecretariat|[Pp]remises)$", self.text[a:b])
            if head is not None:  # "at KOICA headquarters": a place named after its body
                body = head.group("body")
                bodies = [e for e in (bodies_by_name.get(normalise(body).casefold()),
                                      self.by_acronym(("organisation",)).get(body)) if e]
            if not bodies:
                continue
            s0, s1 = self.whole_sentence(a, b)
            events = [e for n in self.names if s0 <= n[0] and n[1] <= s1 for e in n[2] if self.registry[e].kind in _EVENT_KINDS]
            event = events[0] if events else self.event
            if event is None or (not events and a - len(at.group(0)) < s0):
                continue
            for body in dict.fromkeys(bodies):
                if body != event and self.suits(body, "hosts", event):
                    self._inferred(body, "hosts", event, max(s0, a - len(at.group(0))), b, "held-at-premises",
                                   f"Held at {normalise(self.text[a:b])}: its host.")

    def _country_after(self, place: Name) -> Name | None:
        """The name right after ``place`` and a comma ("Accra, Ghana"), if any."""
        after = re.match(r"\s*,\s*(?:[Tt]he\s+)?", self.text[place[1]:place[1] + 8])
        return after and next((n for n in self.names if n[0] == place[1] + after.end()), None)

    def co_organisers(self) -> None:
        """Two actors or more that one quote says organise or host one event ("A and B are holding X",
        or the report's event named by its kind: "A and B co-organized an event") are partners in a
        co-organisation about it; that fund one undertaking ("jointly financed by A and B"), in a
        co-financing; that support, lead or launch one ("supported by A, B and C", "launched by A and B"), or sign
        one ("signed by A and B", "the agreement between A and B"; bodies, not the people who signed for them), in a
        collaboration;
        also when what a passive says they do is no registered name ("... is implemented by A and B");
        unless a partnership of theirs is proposed already."""
        kinds = {**_JOINT_KINDS, "supports": "collaboration", "signs": "collaboration", "initiates": "collaboration"}
        groups: dict[tuple, list[Proposal]] = {}
        for p in self.statements.values():
            if p.relation in kinds and p.object is not None \
                    and (not p.inferred or p.object == self.reported or p.relation == "signs"):
                groups.setdefault((p.start, p.end, p.object, kinds[p.relation]), []).append(p)
        for (a, b, obj, kind), members in sorted(groups.items()):
            partners = list(dict.fromkeys(m.subject for m in members if self.is_a(m.subject, MKG.Actor)
                                          and not (kind == "collaboration" and m.relation == "signs"
                                                   and self.registry[m.subject].kind == "person")))
            if len(partners) < 2 or self._partnered(partners):
                continue
            self.add_partnership(kind, partners, [obj], a, b)
        for kind, partners, a, b in self._joint_doers:  # "... is implemented by A and B", its object unnamed
            if not self._partnered(partners):
                self.add_partnership(kind, partners, [], a, b)

    def partners_organise(self) -> None:
        """The partners of a co-organisation about an event ("Organized in collaboration with A and B, the seminar")
        organise it, where nothing else links them; inferred from the partnership's quote."""
        linked = self._linked_pairs()
        for p in [p for p in self.partnerships if p.kind == "co-organisation" and len(p.about) == 1]:
            for event in (e for e in p.about if self.registry[e].kind == "event"):  # not a forum or a series
                for partner in p.partners:
                    if frozenset((partner, event)) not in linked and self.suits(partner, "organises", event):
                        self._inferred(partner, "organises", event, p.start, p.end, "co-organiser",
                                       f"A partner in organising {self.registry[event].label}.")
                        linked.add(frozenset((partner, event)))

    def headline_partners(self) -> None:
        """Two actors or more that open the document's headline, listed before its verb ("OSCE, UNHCR train
        ...", "IDB and IOM Agree to ...", "Mali, Togo Share Good Practices"), act together: partners in a
        collaboration (a co-organisation when the verb holds or hosts), unless a partnership of theirs is
        proposed already. Not a dateline ("Doha, Qatar – A meeting"): a verb follows the list."""
        line_end = self.text.find("\n")
        line_end = len(self.text) if line_end < 0 else line_end
        if line_end > 200 or re.search(r"\.\s", self.text[:line_end]):
            return  # not a headline: a sentence
        first = self._name_after(0)
        if first is None or self.text[:first[0]].strip() or first[1] > line_end:
            return
        listed = [first]
        for n in self.list_after(first[1], line_end):
            if not re.fullmatch(r"\s*(?:,|and|&)?\s*(?:the\s+)?", self.text[listed[-1][1]:n[0]], re.I):
                break  # "Lorvik, Valoria – The A and the B met": a dateline's dash ends the list
            listed.append(n)
        after = re.match(r"(?:\s*\([^()\n]{1,15}\))?\s+(?P<verb>[A-Za-z][a-z-]+)\b", self.text[listed[-1][1]:line_end])
        if after is None or any(n[0] == listed[-1][1] + after.start("verb") for n in self.names):
            return
        actors = [next((e for e in ids if self.is_a(e, MKG.Actor) and self.registry[e].kind != "person"), None)
                  for _, _, ids in listed]
        partners = list(dict.fromkeys(e for e in actors if e is not None))
        if len(partners) < 2 or self._partnered(partners):
            return
        holding = re.match(r"(?:co-?)?(?:host|hold|organi[sz]|convene)", after.group("verb"), re.I)
        self.add_partnership("co-organisation" if holding else "collaboration", partners, [], listed[0][0],
                             listed[-1][1] + after.end())

    def funders_and_doers(self) -> None:
        """A body that funds an undertaking and one that runs it, said in one sentence ("financed by the
        EU and implemented by IOM"), are partners in its funding."""
        for fund in [p for p in self.statements.values() if p.relation in ("funds", "coFinances") and p.object]:
            s0, s1 = self.whole_sentence(fund.start, fund.end)
            for run in [p for p in self.statements.values() if p.relation in ("leads", "organises")
                        and p.object == fund.object and s0 <= p.start and p.end <= s1]:
                partners = [fund.subject, run.subject]
                if len(set(partners)) < 2 or not all(self.is_a(e, MKG.Actor) for e in partners):
                    continue
                self.add_partnership("funding", partners, [fund.object], min(fund.start, run.start),
                                     max(fund.end, run.end))

    def speaker_topics(self) -> None:
        """The topics a sentence names are addressed by its subject, when the subject is an actor named
        at its start ("Mr. A, Director of B, noted that remittances ...", "UNDP plans to compare ...
        migration data"), or by the person of the sentence before when it opens with "He" or "She"
        ("He also mentioned migration data"); inferred: the text says who spoke, not that it is a topic
        of theirs. Not a person quoted in a news item."""
        subjects: dict[int, Name] = {}  # sentence start -> its subject
        for a, b, ids in self.names:
            topics = [e for e in ids if self.registry[e].kind == "topic"]
            if not topics:
                continue
            s0, _ = self.whole_sentence(a, b)
            subject = subjects.get(s0)
            if subject is None:
                subject = subjects[s0] = self._sentence_subject(s0, a)
            if subject is None or subject[1] > a:
                continue
            if subject[0] == subject[1] and any(s0 <= n[0] and n[1] <= a and not self._topics_only(n[2])
                                                for n in self.names):
                continue  # "It rained and Valoria spoke of X": another name, not the pronoun's, leads to it
            for t in topics:
                for e in subject[2]:
                    if self.news and self.registry[e].kind == "person":
                        continue  # a news item quotes people on its background: "Hendrix said the platform ..."
                    if (e, "addresses", t) not in self.statements and (self._speaks_of_topics(e) or (
                            self.registry[e].kind == "organisation" and subject[1] > subject[0]
                            and _WORKS_ON.match(self.text, subject[1]))):
                        self._inferred(e, "addresses", t, subject[0] if subject[0] >= 0 else s0, b, "sentence-subject",
                                       f"{self.registry[e].label} is the subject of the sentence that names the topic.")

    def _topics_only(self, ids: list[str]) -> bool:
        return all(self.registry[e].kind == "topic" for e in ids)

    def _speakers_by_sentence(self) -> dict[int, Name]:
        """The person each sentence with a speech verb ("noted", "remarked") reports, by sentence start."""
        if self._speaker_at is None:
            self._speaker_at = {}
            for _, subject, _, _ in self._speeches:
                self._speaker_at.setdefault(self.whole_sentence(subject[0], subject[1])[0], subject)
        return self._speaker_at

    def _speaks_of_topics(self, eid: str) -> bool:
        """A person, or an undertaking other than an event (a project, programme, network...)."""
        kind = self.registry[eid].kind
        return kind == "person" or kind not in _EVENT_KINDS and self.is_a(eid, MKG.Undertaking)

    def _sentence_subject(self, s0: int, limit: int) -> Name | None:
        """The actor a sentence starts with (after "The", an honorific), or for "He"/"She", the person
        the sentence before starts with."""
        first = self._name_after(s0)
        opening = self.text[s0:first[0]] if first is not None else ""
        if first is not None and first[1] <= limit and _OPENING.fullmatch(opening) \
                and any(self._speaks_of_topics(e) or self.is_a(e, MKG.Actor) for e in first[2]):
            return first
        speaker = self._speakers_by_sentence().get(s0)
        if speaker is not None:  # "The Conference is a start, remarked Mr. A": who speaks in the sentence
            return (s0, s0, speaker[2])
        pronoun = _PRONOUN.match(self.text, s0)
        if pronoun is None or s0 == 0:
            return None
        p0, _ = self.whole_sentence(s0 - 1, s0 - 1)
        before = self._sentence_subject(p0, s0) if p0 < s0 else None
        if before is None:
            return None
        person = pronoun.group(1) in ("He", "She")
        same = [e for e in before[2] if (self.registry[e].kind == "person") == person]
        return (s0, s0, same) if same else None

    def _of_the_event(self, s0: int, s1: int) -> bool:
        """Whether the sentence s0..s1 tells of an event: names one by its kind ("the workshop"), its
        gathering ("participants from") or its talks ("speakers discussed")."""
        sentence = self.text[s0:s1]
        return any(x.search(sentence) for x in (_SAID_EVENT, _GATHERING, _EVENT_TALK))

    def report_topics(self) -> None:
        """The event the document is the report of (:meth:`_reported_event`) addresses every topic its
        text names, but not those of a sentence about another undertaking that does not name the
        event ("the Bangkok Statement stresses remittances"); inferred from the report being the
        event's (the quote names the topic)."""
        event = self.reported
        if event is None or any(_NOT_DISCUSSION.search(n) for n in self.registry[event].names):
            return  # a signing ceremony, a launch, a visit, an opening: not where the topics were discussed
        label = self.registry[event].label
        by_sentence = self._ids_by_sentence(by_name=True)
        # a topic a news item names once, after its lead, is a passing word: 25 of 49 such pairs were not curated on
        # the read sets (docs/benchmarks.md); a report of the event's discussions names each of its topics
        mentions = Counter(t for _, _, ids in self.names for t in ids if self.registry[t].kind == "topic")
        for a, b, ids in self.names:
            s0, s1 = self.whole_sentence(a, b)
            named = event in by_sentence.get((s0, s1), ())
            if self.news and a >= _LEAD and not named and not self._of_the_event(s0, s1):
                continue  # a news item's background: "Statelessness can block people's access to education"
            if not named and not _SAID_EVENT.search(self.text[s0:s1]) and any(
                    self.is_a(e, MKG.Undertaking) and self.registry[e].kind not in _EVENT_KINDS
                    for e in by_sentence.get((s0, s1), ())):
                continue  # "the Bangkok Statement stresses remittances": the topics of another undertaking
            for t in ids:
                if self.registry[t].kind == "topic" and (mentions[t] >= 2 or a < _LEAD or not self.news):
                    self._inferred(event, "addresses", t, *self._clause(a, b), "report-topic",
                                   f"The document reports on {label}; its text names the topic.")

    def _lead_undertaking(self) -> str | None:
        """The undertaking (not an event) a document that reports no event leads with: of those its lead
        names, the one it names most."""
        if "reports" in self.doc.metadata or self.reported is not None:
            return None
        return self._most_named([e for a, _, ids in self.names if a < _LEAD for e in ids
                                 if self.registry[e].kind not in _EVENT_KINDS and self.is_a(e, MKG.Undertaking)])

    def partner_countries(self) -> None:
        """The countries a page about an undertaking lists as its partner, target or beneficiary countries
        ("Countries: ...; currently 13 active partner countries: A, B, C") are where it operates; so are the
        target countries of the programme or project a text names last before them; inferred."""
        for cue in _PARTNER_COUNTRIES.finditer(self.text):
            # the page's undertaking, else the programme or project named last before ("The five target countries are")
            undertaking = self.lead or next((e for n in reversed(self.names) if max(0, cue.start() - 600) <= n[0] < cue.start()
                                             for e in n[2] if self.registry[e].kind in _RUN_KINDS), None)
            if undertaking is None:
                continue
            label = self.registry[undertaking].label
            s0, s1 = self.whole_sentence(cue.start(), cue.end())
            for a, b, ids in self.list_after(cue.end(), s1):
                for country in (e for e in ids if self.registry[e].kind == "country"):
                    if self.suits(undertaking, "operatesIn", country):
                        self._inferred(undertaking, "operatesIn", country, cue.start(), b, "partner-countries",
                                       f"The document is about {label}; it lists the country among its countries.")

    def page_fields(self) -> None:
        """A page about an undertaking labels who does what in fields ("Lead executing agency: A", "Commissioned
        by: B", "Partners: C, D"): each body named on the field's line leads, funds or takes part in it."""
        undertaking = self.lead
        if undertaking is None:
            return
        label = self.registry[undertaking].label
        for field in _PAGE_FIELD.finditer(self.text):
            relation = field.lastgroup  # the group that matched is named after its relation
            line_end = self.text.find("\n", field.end())
            line_end = len(self.text) if line_end < 0 else line_end
            for a, b, ids in [n for n in self.names if field.end() <= n[0] and n[1] <= line_end]:
                for actor in ids:
                    if self.suits(actor, relation, undertaking):
                        self._inferred(actor, relation, undertaking, field.start(), b, "page-field",
                                       f"The document is about {label}; its field '{field.group(0).strip()}' names it.")

    def undertaking_topics(self) -> None:
        """A document that reports no event (no ``reports``) but leads with an undertaking of another
        kind (a project, a programme, an agreement...: of those its lead names, the one named most) is
        about it: it addresses the topics the lead and the sentences naming it ("the project aims to
        ...") name; inferred from the document being about it."""
        undertaking = self.lead
        if undertaking is None:
            return
        label = self.registry[undertaking].label
        by_sentence = self._ids_by_sentence()
        for a, b, ids in self.names:
            if a >= _LEAD and undertaking not in by_sentence[self.whole_sentence(a, b)]:
                continue
            for t in ids:
                if self.registry[t].kind == "topic":
                    self._inferred(undertaking, "addresses", t, *self._clause(a, b), "undertaking-topic",
                                   f"The document leads with {label}; the lead or a sentence naming it names the topic.")

    def _in_contact_block(self, at: int) -> bool:
        """Whether offset ``at`` is in a contact or credit block: on a line opened by "Contact", "Credit" or
        "Photo", in the short lines (no sentence) under such a line, or right after "Credit:" or "Photo:"."""
        lines = self.text[max(0, at - 400):at].split("\n")
        if re.search(r"\b(?:credits?|photo(?:\s+credits?)?)\s*:\s*[^.\n]{0,60}$", lines[-1], re.I):
            return True  # "... at the opening session. Credit: Solidarity Center/A"
        if re.search(rf"\b(?:{PHOTO_AGENCIES})\s*/\s*$|\(\s*[A-Z]{{2,}}\s*/\s*$", lines[-1]):
            return True  # "Picture taken June 29, 2017. REUTERS/A", "(ANTARA/A)"
        line = lines[-1] + self.text[at:].split("\n", 1)[0]
        if re.search(r",\s*[\w-]+(?:\.[\w-]+)*\.(?:org|com|net|int|info)\s*$", line) and len(line) < 120:
            return True  # a byline: "A, harbouraid.org"
        if re.match(r"\s*(?:(?:Written|Edited|Compiled|Authored|Posted|Reported)\s+by|By):?\s+(?:Dr\.?\s+)?[A-Z]", line) \
                and len(line) < 120 and not re.search(r"[.!?][”\"]?\s*$", line):
            return True  # a byline: "By: A & B", "By A, Mar 9, 2017", "Written by A, B, C"
        above = [x for x in lines[:-1] if x.strip()]
        if at < 600 and above and _BYLINE_DATE.fullmatch(above[-1].strip()) and len(line) < 200 \
                and not re.search(r"[.!?:][”\"]?\s*$", line):
            return True  # a byline under the date: "October 2016\n\nA, B, C, Advisor in Migration, Harbour Aid"
        for i, line in enumerate(reversed(lines)):
            if _CONTACT_HEAD.match(line):
                return True
            if i >= 6 or len(line) > 100 or re.search(r"[.!?][”\"]?\s*$", line):
                return False
        return False

    def report_participants(self) -> None:
        """Who and where the report's event (:meth:`_reported_event`) had, inferred from the report
        being the event's: a person it names took part (``speaksAt`` when the text reports them
        speaking); a country, group or body named in a sentence about the gathering ("brought
        together", "participants from"; not one that names another event) took part; a place after
        "in"/"at" in a sentence that names the event is where it was held; an event series it names
        is the series the event is part of."""
        event = self.reported
        if event is None:
            return
        label = self.registry[event].label
        signing = _SIGNED.search(label) is not None  # a signing: the sentence that says it was signed says where
        linked = self._linked_pairs()
        spoke = {e for _, subject, _, _ in self._speeches for e in subject[2]}
        by_sentence = self._ids_by_sentence()
        # "Participants included the Director of the FIIAPP, Pedro Flores": the person took part, the body is their post's
        posts = {(self.whole_sentence(p.start, p.end)[0], p.object) for p in self.statements.values()
                 if p.relation in ("represents", "memberOf") and p.object is not None and p.start >= 0
                 and self.registry[p.subject].kind == "person"}

        def another(e: str) -> bool:  # another event; not the forum the event is a meeting of
            return self.registry[e].kind in _EVENT_KINDS and e != event and (event, "partOf", e) not in self.statements

        for i, (a, b, ids) in enumerate(self.names):
            s0, s1 = self.whole_sentence(a, b)
            sentence = self.text[s0:s1]
            named = event in by_sentence[(s0, s1)]
            other = any(map(another, by_sentence[(s0, s1)]))
            # another event's gathering, named before the name ("At a meeting in Bali, A and B ..."); not one named
            # after it ("The workshop brought together A and B to follow up on the C training")
            other_before = other and any(s0 <= n[0] < a and any(map(another, n[2])) for n in self.names)
            gathering = _gathers(sentence) and (
                not other or not other_before and _THE_EVENT_OPENS.match(sentence) is not None)
            for e in ids:
                kind = self.registry[e].kind
                if frozenset((e, event)) in linked or e == event:
                    continue
                if kind == "person" and self._in_contact_block(a):
                    continue  # "Contact: A – Department", "Photo: B": who to ask, who took the picture
                if kind == "person":
                    relation = "speaksAt" if e in spoke and self.suits(e, "speaksAt", event) else "participatesIn"
                    note = f"The document reports on {label} and names {self.registry[e].label}."
                    self._inferred(e, relation, event, *self._clause(a, b), "report-person", note)
                elif kind in ("country", "collective", "organisation") and gathering and not self._where(a) \
                        and not self._dateline_agency(a, b) \
                        and not (kind == "country" and (self._located(i) or self._bracketed_after_a_body(a))) \
                        and not self._owner_of_next(i) \
                        and (s0, e) not in posts and not (kind == "country" and self._in_a_post(a)):
                    self._inferred(e, "participatesIn", event, s0, s1, "report-participant",
                                   f"The document reports on {label}; the sentence names who it gathered.")
                elif kind == "event-series" and self.suits(event, "partOf", e):
                    self._inferred(event, "partOf", e, *self._clause(a, b), "report-series",
                                   f"The document reports on {label}; it names the series.")
                elif kind == "event" and _EVENT_PART.search(self.registry[e].label) and self.suits(e, "partOf", event):
                    self._inferred(e, "partOf", event, *self._clause(a, b), "report-part",
                                   f"The document reports on {label}; it names this session of it.")
                elif kind == "place" and self.suits(event, "heldIn", e) \
                        and (named or (_SAID_EVENT.search(sentence) or _TOOK_PLACE.search(sentence)
                                       or signing and _SIGNED.search(sentence)) and not other) \
                        and not world_region(self.registry[e].label) \
                        and re.search(r"\b(?:in|at)\s+(?:the\s+)?$", self.text[max(0, a - 12):a]):
                    self._inferred(event, "heldIn", e, *self._clause(a, b), "report-place",
                                   f"The document reports on {label}; the sentence that names it says where.")
                else:
                    continue
                linked.add(frozenset((e, event)))

    def report_met_with(self) -> None:
        """The bodies and groups the report's event (:meth:`_reported_event`) met with took part in it: "the Minister
        met with representatives of A and B", "has held working sessions in Seoul with C, D and E"; not a country
        (often the adjective of what follows: "met with Myanmar workers"), nor where the sentence names another event
        ("The peer group meeting with ..."); inferred from the report being the event's."""
        event = self.reported
        if event is None:
            return
        label = self.registry[event].label
        linked = self._linked_pairs()
        by_sentence = self._ids_by_sentence()
        for cue in _MET_WITH.finditer(self.text):
            s0, s1 = self.whole_sentence(cue.start(), cue.end())
            if any(self.registry[e].kind in _EVENT_KINDS and e != event for e in by_sentence.get((s0, s1), ())):
                continue
            for a, b, ids in self.list_after(cue.end(), s1):
                for e in ids:
                    if self.registry[e].kind in ("organisation", "collective") and frozenset((e, event)) not in linked:
                        self._inferred(e, "participatesIn", event, cue.start(), b, "report-met-with",
                                       f"The document reports on {label}; the sentence names whom it met with.")
                        linked.add(frozenset((e, event)))

    def _bracketed_after_a_body(self, a: int) -> bool:
        """Whether the name at ``a`` stands in brackets right after the name of a body or a group: where the body
        is ("West African Caritas (Burkina Faso, Mali, Niger)"), not who took part."""
        opening = self.text.rfind("(", max(0, a - 120), a)
        if opening < 0 or ")" in self.text[opening:a]:
            return False
        before = next((n for n in reversed(self.names) if n[1] <= opening), None)
        return before is not None and not self.text[before[1]:opening].strip() \
            and self._has_kind(before[2], "organisation", "collective")

    def listed_members(self) -> None:
        """The countries listed right after a body's member states are its members: "the CIS Member States
        including Armenia, Azerbaijan and ...", "seven ASEAN countries - Cambodia, ...", "GCC members namely
        Qatar and ..." (two countries or more)."""
        bodies = self._by_name(("organisation", "process", "forum", "network"))
        if not bodies:
            return
        for m in re.finditer(rf"(?<![\w-])({_alternation(bodies)}){_MEMBERS_OF}", self.text, re.I):
            body = bodies[m.group(1).casefold()]
            listed = [n for n in self.list_after(m.end(), self.whole_sentence(m.start(), m.end())[1])
                      if self._has_kind(n[2], "country")]
            if len(listed) < 2:
                continue
            for _, _, ids in listed:
                for country in (e for e in ids if self.registry[e].kind == "country" and self.suits(e, "memberOf", body)):
                    self.add(country, "memberOf", body, m.start(), listed[-1][1], "listed-members")

    def _in_a_post(self, a: int) -> bool:
        """Whether the country named at ``a`` is what a post is for or where an envoy is sent: "the IOM Chief of
        Mission for Belgium and Luxembourg", "Ambassador of Mozambique to the UAE"."""
        return self._sent_to(a) or _POST_FOR.search(self.text, max(0, a - 80), a) is not None

    def _incidental_country(self, a: int) -> bool:
        """Whether the country named at ``a`` only says where: a person's post (:meth:`_in_a_post`, "the Ambassador
        of Uzbekistan"), a place's country ("Geneva, Switzerland"), or where something was held or signed."""
        before = self.text[max(0, a - 30):a]
        return self._in_a_post(a) or self._where(a) \
            or re.search(rf"\b(?:{POST_WORDS}|Mission)\s+(?:of|to)\s+(?:the\s+)?$", before) is not None \
            or re.search(r"\b(?:held|took\s+place|signed)\s+(?:in|at)\s+(?:the\s+)?$", before) is not None

    def _sent_to(self, a: int) -> bool:
        """Whether the name at ``a`` is where an envoy is sent: "High Commissioner to Nigeria"."""
        return _SENT_TO.search(self.text, max(0, a - 60), a) is not None

    def _owner_of_next(self, i: int) -> bool:
        """Whether name ``i`` owns the name right after it ("the European Commission’s Joint Research Centre",
        "Sweden’s Delmi"): the unit takes part, not its owner; or names the post of the person after it ("US
        Secretary of State Hillary Clinton"): the person does."""
        if i + 1 >= len(self.names):
            return False
        between = self.text[self.names[i][1]:self.names[i + 1][0]]
        return re.fullmatch(r"(?:’s|'s|’)\s+", between) is not None \
            or _TITLE_BETWEEN.fullmatch(between) is not None and self._has_kind(self.names[i + 1][2], "person")

    def report_whole(self) -> None:
        """The report's event named by its kind and what it is of ("the first conference of EUROMED
        Migration IV", "a meeting of the Bali Process") is part of that programme, process, project,
        forum or series; inferred. Not another meeting ("the next meeting of ...")."""
        event = self.reported
        if event is None or self.registry[event].kind != "event":
            return
        for a, b, ids in self.names:
            before = _KIND_OF.search(self.text[max(0, a - 80):a])
            if before is None or _ANOTHER.search(before.group(0)):
                continue
            for whole in (e for e in ids if self.registry[e].kind in _WHOLE_KINDS and e != event):
                if self.suits(event, "partOf", whole):
                    self._inferred(event, "partOf", whole, a - len(before.group(0)), b, "report-whole",
                                   f"The document reports on {self.registry[event].label}; the text names it by its kind, "
                                   f"of {self.registry[whole].label}.")

    def doers_of_the_event(self) -> None:
        """The report of a launch or a signing: who the text says launched what, organised the launch;
        who signed, took part in the signing (inferred from the event's name)."""
        event = self.reported
        if event is None:
            return
        names = " ".join(self.registry[event].names)
        for verb, relation, word in (("initiates", "organises", r"[Ll]aunch"), ("signs", "participatesIn", r"[Ss]igning")):
            if not re.search(rf"\b{word}", names):
                continue
            done = sorted((p.start, obj) for (_, rel, obj), p in self.statements.items() if rel == verb and not p.inferred)
            main = done[0][1] if done else None  # "signed X ...; having already inked similar memoranda with A": X's signing
            for (subject, rel, obj), p in list(self.statements.items()):
                if rel == verb and obj == main and not p.inferred and self.is_a(subject, MKG.Actor) \
                        and self.suits(subject, relation, event):
                    self._inferred(subject, relation, event, p.start, p.end, "doer-of-event",
                                   f"The document reports on {self.registry[event].label}; the quote says who did it.")

    def ministers(self) -> None:
        """A person titled minister of a portfolio, right before or after the name ("Minister of Foreign
        Affairs, Ms. A", "Mr. B, Minister for Labour"), or its minister or secretary with the portfolio before the
        post ("Overseas Employment Minister C", "Expatriates' Welfare Secretary D"), represents the registered
        ministry of it ("Ministry of Labour", "Overseas Employment Ministry"); inferred."""
        ministries: dict[str, str] = {}
        for name, e in self._by_name(("organisation",)).items():  # folded: "ministry of foreign affairs"
            m = re.fullmatch(r"(?:the\s+)?(?:federal\s+|coordinating\s+|national\s+)?ministry\s+(?:of|for)\s+(?:the\s+)?(.+)|"
                             r"(?:the\s+)?(?!.*\bof\b)(.+?)\s+ministry", name)  # "the Coordinating Ministry for X"
            if m:
                ministries.setdefault(_portfolio_key(m.group(1) or m.group(2)), e)  # or "labour ministry"
        # "Saudi labor ministry": a labor minister's, when no other country's labor ministry is registered
        countries = set(self._countries_by_name) | {a.casefold() for a in demonyms()} \
            | ({a.split()[0].casefold() for a in demonyms() if " " in a} - _COMPASS)  # "Saudi" of "Saudi Arabian"
        national: dict[str, set[str]] = {}
        for key, e in ministries.items():
            first, _, rest = key.partition(" ")
            if rest and first in countries:
                national.setdefault(rest, set()).add(e)
        for key, found in national.items():
            if len(found) == 1 and key not in ministries:
                ministries[key] = found.pop()
        if not ministries:
            return
        linked = self._linked_pairs()
        for a, b, ids in self.names:
            people = [e for e in ids if self.registry[e].kind == "person"]
            if not people:
                continue
            before = _MINISTER_BEFORE.search(self.text, max(0, a - 160), a)
            after = _MINISTER_AFTER.match(self.text, b)
            pre = _MINISTER_PRE.search(self.text, max(0, a - 160), a)
            for m in (x for x in (before, after, pre) if x is not None):
                key = _portfolio_key(m.group("portfolio"))
                if m is pre:  # "Justice State Minister A": the Minister of State of Justice
                    key = re.sub(r"\s+(?:state|deputy|vice|assistant)$", "", key)
                ministry = ministries.get(key)
                if m is before and m.group("more"):  # "Minister for Employment, Productivity and Industrial Relations"
                    ministry = ministries.get(_portfolio_key(m.group("portfolio") + m.group("more"))) or ministry
                if m is pre and ministry is None and len(key.split()) > 1:  # "Expatriates' Welfare Secretary A": its
                    # portfolio's first words
                    fits = {e for k, e in ministries.items() if k.startswith(key + " ")}
                    ministry = fits.pop() if len(fits) == 1 else None
                if ministry and frozenset((people[0], ministry)) not in linked:
                    note = (f"'{' '.join(m.group('portfolio').split())} {m.group('of')}' holds a post of its ministry."
                            if m is pre else f"'Minister {m.group('of')} {m.group('portfolio')}' heads the ministry of it.")
                    self._inferred(people[0], "represents", ministry, min(a, m.start()), max(b, m.end()), "minister-of", note)

    def national_posts(self) -> None:
        """A person whose post their country's adjective or possessive opens represents the country: "the Canadian
        High Commissioner to Nigeria, Mr. A", "German Chancellor B", "Guyana’s High Commissioner to Canada, C"."""
        countries = self._countries_by_name
        if not countries:
            return
        country_names = _alternation(countries)
        # the post's portfolio or place in capitalised words only (the pattern ignores case): not "Saudi Arabia's
        # minister of labor and social development, and B"
        post = re.compile(rf"(?<![\w-])({country_names})(?:’s|'s)?\s+{_NATIONAL_POST}"
                          rf"(?:\s+(?:to|of|for|in)\s+(?:the\s+)?{_CAPITALISED}(?:(?:,?\s+and\s+|,\s+|\s+){_CAPITALISED}){{0,8}})?"
                          rf",?\s+(?:(?:{_HONORIFIC_NO_STOP})\s*)?$", re.I)
        another = re.compile(rf"(?<![\w-])(?:{country_names})\b", re.I)  # a country's name or adjective

        def represent(ids: list[str], country: str, a: int, b: int) -> None:
            """Each person among ``ids`` represents the country a post names (by its name or adjective)."""
            for e in (x for x in ids if self.registry[x].kind == "person"):
                self.add(e, "represents", countries[country.casefold()], a, b, "national-post")

        starts = {n[0]: n for n in self.names}
        people = [n[0] for n in self.names if self._has_kind(n[2], "person")]  # in text order, for bisect
        for a, _, ids in self.names:
            m = self._has_kind(ids, "person") and self._nearest(post, max(0, a - 250), a)  # the post right before
            if m and bisect.bisect_left(people, m.start()) < bisect.bisect_left(people, a):
                m = None  # "Turkish Minister A and Malaysian Human Resources Minister B": not the post of A's country
            person = starts[a] if m else None
            while m and m.group(1)[:1].isupper() and person is not None and self._has_kind(person[2], "person"):
                represent(person[2], m.group(1), m.start(), person[1])
                # "Turkish Vice President A; Foreign Minister B; Family, Labor and Social Services Minister C and
                # Deputy Education Minister D": the country's posts go on
                more = _MORE_POSTS.match(self.text, person[1])
                if more and another.search(more.group(0)):
                    break  # "... A and Malaysian Human Resources Minister B": another country's post
                person = more and starts.get(more.end())
        # "The Indian delegation at the talks was led by A", "The Qatari side was headed by Assistant Undersecretary B":
        # whoever leads a country's delegation represents the country; so does "C led the Kenyan delegation"
        led_by = re.compile(rf"(?<![\w-])({country_names})(?:’s|'s)?\s+(?:delegation|side|team)\b[^.;:()]{{0,60}}?"
                            rf"\b(?:was|were|is|are)\s+(?:also\s+)?(?:led|headed|represented|chaired)\b[^.;:()]{{0,40}}?\bby\s+", re.I)
        for m in led_by.finditer(self.text):
            leader = self._name_after(m.end())
            between = leader and re.sub(rf"(?:{_HONORIFIC_NO_STOP})", "", self.text[m.end():leader[0]])
            if m.group(1)[:1].isupper() and leader and self._has_kind(leader[2], "person") and len(between) <= 120 \
                    and not re.search(r"[.;:()]", between):
                represent(leader[2], m.group(1), m.start(), leader[1])
        led = re.compile(rf"\b(?:led|heads|headed)\s+(?:the\s+|a\s+)?({country_names})(?:’s|'s)?\s+(?:delegation|side|team)\b", re.I)
        for m in led.finditer(self.text):
            leader = self._name_before(m.start())
            if m.group(1)[:1].isupper() and leader and self._has_kind(leader[2], "person") \
                    and not re.search(r"[.;:()]|\band\b", self.text[leader[1]:m.start()]) and m.start() - leader[1] <= 120:
                represent(leader[2], m.group(1), leader[0], m.end())
        # "the Ambassador of Pakistan to Kuwait A", "Consul General of Indonesia in Kuching B"; "C, the Japanese
        # ambassador to Samoa": the post names its country after it, or stands after the name
        post_of = re.compile(rf"(?<![\w-]){_NATIONAL_POST}\s+of\s+(?:the\s+)?({country_names})(?![\w-])"
                             rf"(?:\s+(?:to|in|at)\s+(?:the\s+)?{_CAPITALISED}(?:\s+(?:of\s+(?:the\s+)?)?{_CAPITALISED}){{0,3}})?"
                             rf",?\s+(?:(?:{_HONORIFIC_NO_STOP})\s*)?$", re.I)
        post_after = re.compile(rf",\s+(?:the\s+|an?\s+)?({country_names})\s+{_NATIONAL_POST}\b", re.I)
        person_ends = {n[1] for n in self.names if self._has_kind(n[2], "person")}
        for a, b, ids in self.names:
            people = [e for e in ids if self.registry[e].kind == "person"]
            m = people and post_of.search(self.text, max(0, a - 120), a)
            if m and any(re.fullmatch(r",\s*", self.text[e:m.start()])
                         for e in person_ends if m.start() - 3 <= e <= m.start()):
                m = None  # "A, Ambassador of B to C, D": A's post, D the next of the list
            if people and not m:
                m = post_after.match(self.text, b)
                following = m and self._name_after(m.end())
                if following and self._has_kind(following[2], "person") and not self.text[m.end():following[0]].strip():
                    m = None  # "A, Iranian Vice President B": B's post
            if m and m.group(1)[:1].isupper():
                represent(people, m.group(1), min(a, m.start()), max(b, m.end()))

    def _nearest(self, pattern: re.Pattern, start: int, end: int) -> re.Match | None:
        """The match of ``pattern`` (anchored at its end) in the text from ``start`` to ``end`` that starts last:
        "Turkish Minister A and Malaysian Minister B" gives B the Malaysian post, not the whole run."""
        found = None
        while (m := pattern.search(self.text, start, end)) is not None:
            found, start = m, m.start() + 1
        return found

    def people_from_a_body(self) -> None:
        """A sentence that opens "From the B," and lists people ("From JICA-RI, Deputy Director A, Research
        Fellow B and C attended"): each person represents the body."""
        starts = sorted({self.whole_sentence(a, b)[0] for a, b, _ in self.names})
        for s0 in starts:
            opening = re.match(r"[\s\"“]*From\s+(?:the\s+)?", self.text[s0:])
            body = opening and next((n for n in self.names if n[0] == s0 + opening.end()), None)
            if body is None or not self._has_kind(body[2], *_AFFILIATIONS) \
                    or not re.match(r"\s*(?:\([^)]{1,20}\))?\s*,", self.text[body[1]:]):
                continue
            _, s1 = self.whole_sentence(body[0], body[1])
            for a, b, ids in (n for n in self.names if body[1] < n[0] and n[1] <= s1):
                if not self._has_kind(ids, "person"):
                    break
                for person in ids:
                    for e in body[2]:
                        if self.suits(person, "represents", e):
                            self.add(person, "represents", e, body[0], b, "from-a-body")

    def listed_people(self) -> None:
        """A line that lists a person and their body ("• Prof. A, Berlin Institute for Migration (BIM)",
        "Contact: B – Department Migration & Diversity"), or a sentence that names a person, a comma and a body that a
        comma, a stop or a bracket ends ("comments from A, ILO; B, OECD-DEV"): the person represents the body."""
        for i, (a, b, ids) in enumerate(self.names):
            line_start = self.text.rfind("\n", 0, a) + 1
            if not self._has_kind(ids, "person") or i + 1 == len(self.names):
                continue
            opening = _LINE_OPENING.fullmatch(self.text[line_start:a])
            body = self.names[i + 1]
            line_end = self.text.find("\n", b)
            line_end = len(self.text) if line_end < 0 else line_end
            ends = _LISTED_BODY_ENDS if opening else _BODY_IN_SENTENCE_ENDS
            if body[1] > line_end or not re.fullmatch(r"\s*(?:,|\s[–-])\s*(?:the\s+)?", self.text[b:body[0]]) \
                    or not ends.match(self.text, body[1], line_end):
                continue
            for person in ids:
                for e in body[2]:
                    if self.registry[e].kind == "organisation" and self.suits(person, "represents", e):
                        self.add(person, "represents", e, a, body[1], "listed-affiliation")

    def _names_the_event(self, words: str) -> bool:
        """Whether ``words`` ("a stakeholders workshop") may name the document's event: its event noun is the
        event label's, or the label has none ("a seminar" is not the "National Consultation on Migration Health")."""
        nouns = rf"\b(?:{'|'.join(_EVENT_NOUNS)})"
        label = self.registry[self.event].label
        said = re.findall(nouns, words, re.I)
        return not said or not re.search(nouns, label, re.I) or any(re.search(rf"\b{n}", label, re.I) for n in said)

    def _dateline_agency(self, a: int, b: int) -> bool:
        """Whether the name from ``a`` to ``b`` is a news agency in brackets in a dateline: "Hanoi (VNA) – ",
        "DHAKA, Aug 25, 2019 (BSS) – "."""
        return re.search(r"(?:^|\n)[^\n.]{1,60}\(\s*$", self.text[max(0, a - 62):a]) is not None \
            and re.match(r"\s*\)\s*[–—:-]", self.text[b:b + 6]) is not None

    def _where(self, a: int) -> bool:
        """Whether the name at ``a`` says where a place named just before it is ("in Accra, Ghana")."""
        comma = re.search(r"\s*,\s*(?:[Tt]he\s+)?$", self.text[max(0, a - 12):a])
        return comma is not None and a - len(comma.group(0)) in self.place_ends

    def _located(self, i: int) -> bool:
        """Whether the country of ``self.names[i]`` says where something is: a dateline's ("Switzerland - IOM
        took part"), a city's country in brackets ("Almeria (Spain)"), or the next of a list of places after "in"
        ("associations in the USA, the UK and Italy")."""
        a, b = self.names[i][0], self.names[i][1]
        if re.search(r"(?:^|\n)[ \t]*$", self.text[max(0, a - 40):a]) and re.match(r"[ \t]+[–—-][ \t]+", self.text[b:b + 4]):
            return True  # a dateline: "Switzerland - IOM took part in ..."
        bracket = re.search(r"\s*\(\s*$", self.text[max(0, a - 6):a])
        if bracket is not None and a - len(bracket.group(0)) in self.place_ends:
            return True
        at = i
        while at and _LIST_ON.fullmatch(self.text[self.names[at - 1][1]:self.names[at][0]]) \
                and self._has_kind(self.names[at - 1][2], "country", "place"):
            at -= 1
        return at != i and re.search(r"\bin\s+(?:the\s+)?$", self.text[max(0, self.names[at][0] - 8):self.names[at][0]]) is not None

    def _linked_pairs(self) -> set[frozenset]:
        """The pairs of entities the statements proposed so far link, in either direction."""
        return {frozenset((p.subject, p.object)) for p in self.statements.values() if p.object is not None}

    def _ids_by_sentence(self, by_name: bool = False) -> dict[tuple[int, int], list[str]]:
        """The ids of the names of each sentence, by the sentence's bounds; ``by_name``: only those named
        by their names, not by their kind ("the project")."""
        by_sentence: dict[tuple[int, int], list[str]] = {}
        for a, b, ids in self.names:
            if not (by_name and (a, b) in self.referred):
                by_sentence.setdefault(self.whole_sentence(a, b), []).extend(ids)
        return by_sentence

    def _clause(self, a: int, b: int) -> tuple[int, int]:
        """The words around a name up to the punctuation either side, within its sentence."""
        s0, s1 = self.sentence(a, b)
        if s1 - s0 <= 160:
            return s0, s1
        left = max((m.end() for m in _CLAUSE_STOP.finditer(self.text, s0, a)), default=s0)
        right = next((m.start() for m in _CLAUSE_STOP.finditer(self.text, b, s1)), s1)
        while left < a and self.text[left].isspace():
            left += 1
        return left, right

    # -- kinds --------------------------------------------------------------------------------------
    def fits(self, eid: str, pattern: Pattern, role: str, relation: str | None = None) -> bool:
        only = pattern.subject_kinds if role == "subject" else pattern.object_kinds
        if relation is None and only is not None and self.registry[eid].kind not in only:
            return False
        return self._in_role(eid, relation or pattern.relation, role)

    def suits(self, subject: str, relation: str, obj: str) -> bool:
        """Whether the kinds of ``subject`` and ``obj`` are the relation's domain and range."""
        return self._in_role(subject, relation, "subject") and self._in_role(obj, relation, "object")

    def _in_role(self, eid: str, relation: str, role: str) -> bool:
        """Whether the kind of ``eid`` is the relation's domain (``role`` "subject") or range."""
        rel = self.ontology.relations[relation]
        return self.is_a(eid, rel.domain if role == "subject" else rel.range)

    def is_a(self, eid: str, cls) -> bool:
        return self.ontology.is_a(KIND_CLASS[self.registry[eid].kind], cls)

    def add(self, subject: str, relation: str, obj: str | None, a: int, b: int, cue: str, value=None) -> None:
        """One statement, unless proposed already or a country's membership of a group of bodies ("national
        Caritas organisations (Albania, France ...)": the countries name the bodies)."""
        key = (subject, relation, obj if obj is not None else _value_slug(value))
        if relation == "memberOf" and self.registry[subject].kind == "country" \
                and self.registry[obj].kind == "collective" and _BODIES.search(self.registry[obj].label):
            return
        if subject != obj and key not in self.statements:
            self.statements[key] = Proposal("", subject, relation, obj, "", a, b, "", cue=cue, value=value)

    def _partnered(self, partners: list[str]) -> bool:
        """Whether a partnership proposed already has all of ``partners``."""
        return any(set(partners) <= set(q.partners) for q in self.partnerships)

    def add_partnership(self, kind: str, partners: list[str], about: list[str], a: int, b: int, inferred: str = "") -> None:
        """One partnership of ``kind`` between ``partners``, quoted from ``a`` to ``b``; the same kind
        between the same partners is proposed once."""
        key = (kind, tuple(sorted(partners)))
        if key not in self._seen_partners:
            self._seen_partners.add(key)
            self.partnerships.append(PartnershipProposal("", kind, partners, about, "", a, b, "", inferred=inferred))

    def pairs(self, subjects: list[Name], objects: list[Name], pattern: Pattern, cue: str, span=None,
              relation: str | None = None, own_event: bool = False) -> None:
        """Every (subject, object) pair whose kinds fit, all quoted from the first name to the last
        (one quote for the whole list)."""
        found = [(sub, o) for _, _, subs in subjects for _, _, objs in objects for sub in subs for o in objs
                 if self.fits(sub, pattern, "subject", relation) and self.fits(o, pattern, "object", relation)]
        if not found and own_event and (relation or pattern.relation) in ("organises", "hosts"):
            # "the Programme convenes its Board meeting": an undertaking's own event is part of it
            inner = [(o, sub) for _, _, subs in subjects for _, _, objs in objects for sub in subs for o in objs
                     if self.registry[o].kind == "event" and self.is_a(sub, MKG.Undertaking)
                     and self.registry[sub].kind != "event"]
            if inner:
                found, relation = inner, "partOf"
        if (relation or pattern.relation) in ("represents", "memberOf"):
            sent_to = {e for a, _, ids in objects if a >= 0 and self._sent_to(a) for e in ids
                       if not _MISSION.search(self.registry[e].label)}  # "Attaché to the Embassy of X": the Embassy's
            found = [(sub, o) for sub, o in found if o not in sent_to]  # "High Commissioner to Nigeria": not Nigeria's
        if not found:
            return
        listed = [n for n in subjects + objects if n[0] >= 0]
        a, b = span or (min(n[0] for n in listed), max(n[1] for n in listed))
        for sub, o in found:
            self.add(sub, relation or pattern.relation, o, a, b, cue)

    # -- lists --------------------------------------------------------------------------------------
    def list_after(self, at: int, limit: int, joiners: str | None = None) -> list[Name]:
        """The names of the list that starts right after ``at`` ("A, B and the C")."""
        gap = _gap(joiners)
        out, cursor, body = [], at, False
        for a, b, ids in self.names:
            if a < cursor:
                continue
            between = self.text[cursor:a]
            if out and not body and _OF_BODY.match(between) and self._has_kind(out[-1][2], "organisation") \
                    and self._has_kind(ids, "organisation"):
                cursor, body = b, ids  # "the Statistics Division of the DESA and IOM": the unit's body is not listed
                continue
            if body and ids == body and re.match(r"^\s*\($", between):
                cursor = b  # the body's acronym: "(DESA)"
                continue
            if out and not body and joiners is None and re.fullmatch(r"\s+in\s+", between) \
                    and self._has_kind(out[-1][2], "organisation") and self._has_kind(ids, "place") \
                    and re.match(r"\s*(?:,|and\b)", self.text[b:b + 5]):
                country = self._country_after((a, b, ids))
                if not (country and self._has_kind(country[2], "place", "country")):
                    cursor = b  # "the Philippine Embassy in Seoul, A and B": where the body is, not one of the list
                    continue  # (but "organized by A and B in Madrid, Spain": a place and its country end it)
            if b > limit or not self.wrapped and re.search(r"\n\s*\n", between):
                break  # a web page's list does not run over a paragraph's end (a headline's has no full stop)
            if out and (self._has_kind(ids, "person") and not self._has_kind(out[-1][2], "person")
                        and _TITLE_BETWEEN.fullmatch(between)  # "by U.S. Secretary of State Hillary Clinton"
                        or re.fullmatch(r"[’']s\s+", between) and self._has_kind(ids, "organisation")):  # "the OSCE's Office"
                out[-1] = (a, b, ids)  # the person, not the country; the office, not its owner
                cursor = b
                continue
            if not gap.match(between):
                person = out and self._has_kind(out[-1][2], "person")
                if person and not self._has_kind(ids, "person") and _TITLE_GAP.match(between):
                    cursor = b  # "Dr. A, Deputy Executive Secretary of UNECA and Amb. B": the title's body
                    continue
                if not (person and self._has_kind(ids, "person") and _NEXT_PERSON.match(between)):
                    break  # "... Amb. A, the Commissioner for Health, Dr. B, ...": people with their titles
            out.append((a, b, ids))
            cursor, body = b, False
        return out

    def _has_kind(self, ids: list[str], *kinds: str) -> bool:
        """Whether one of the entities a name may be (``ids``) is of one of ``kinds``."""
        return any(self.registry[e].kind in kinds for e in ids)

    def list_before(self, at: int, limit: int, joiners: str | None = None) -> list[Name]:
        gap = _gap(joiners)
        out, cursor, anded, post = [], at, False, None
        for a, b, ids in reversed(self.names):
            if b > cursor:
                continue
            between = self.text[b:cursor]
            if not self.wrapped and re.search(r"\n\s*\n", between):
                break
            if post is not None and ids == post and re.fullmatch(r"\s*\(\s*", between) and a >= limit:
                cursor = a  # "Commonwealth of Independent States (CIS) Executive Secretary A": the post's body's long name
                continue
            post = None
            if out and cursor == out[0][0] and a >= limit and self._post_body(out[0]) == (a, b, ids):
                cursor, post = a, ids  # "IOM Director General A and CIS Executive Secretary B will sign": the people
                continue
            if out and cursor == out[0][0] and a >= limit and re.fullmatch(r"[’']s\s+", between) \
                    and self._has_kind(out[0][2], "organisation"):
                cursor = a  # "Enabel and Belgium’s Federal Migration Centre Myria sign": the centre, not its owner
                continue
            if self._has_kind(ids, "person"):  # "A, Minister of Labour, and B, Minister of Trade, signed": the people
                between = _posts_between(between, bool(out) and self._has_kind(out[0][2], "person"))
            if a < limit or not gap.match(between):
                break
            if out and re.search(r"\band\b|&", between):
                if anded:
                    break  # "for migrants and host communities, IOM and UNDP launched": a list has one "and"
                anded = True
            out.insert(0, (a, b, ids))
            cursor = a
        return out

    def sentence(self, a: int, b: int) -> tuple[int, int]:
        """The sentence of text[a:b] in its paragraph, widened to the whole of a name its bounds would cut
        (a title broken over two lines after a colon: "“Migration and Dignity:\nEurope and Africa”")."""
        s0, s1 = sentence_bounds(self.text, a, b, within=self._block(a, b))
        s0 = min((n[0] for n in self.names if n[0] < s0 < n[1]), default=s0)
        s1 = max((n[1] for n in self.names if n[0] < s1 < n[1]), default=s1)
        return s0, s1

    def whole_sentence(self, a: int, b: int) -> tuple[int, int]:
        """The sentence, however long (a list of topics may run over several lines)."""
        return sentence_bounds(self.text, a, b, within=self._block(a, b), reach=2000)

    def _block(self, a: int, b: int) -> tuple[int, int] | None:
        """The paragraph of ``a``; in a text whose paragraphs are one line each (a web page's, not a PDF's
        broken into lines), its line: a list's item or a heading without a full stop ends there."""
        para = paragraph_bounds(self.doc, a)
        if self.wrapped or para is None:
            return para
        lo = self.text.rfind("\n", para[0], a) + 1
        hi = self.text.find("\n", b, para[1])
        return max(lo, para[0]), para[1] if hi < 0 else hi

    # -- readings -----------------------------------------------------------------------------------
    def read(self, pattern: Pattern, cue: re.Match) -> None:
        s0, s1 = self.sentence(cue.start(), cue.end())
        getattr(self, "_" + pattern.reading)(pattern, cue, s0, s1)

    def _passive(self, pattern: Pattern, cue: re.Match, s0: int, s1: int) -> None:
        """OBJECT ... cue SUBJECTS: "the workshop was funded by A and B"."""
        close = self.text.find(")", cue.end()) if cue.group(0).startswith("(") else -1
        if 0 <= close < s1:
            s1 = close  # "Duty bearers (as A, B), and C": the list ends with its bracket
        before = [n for n in self.names if s0 <= n[0] and n[1] <= cue.start()]
        if pattern.gap == "short":  # "the Office, Mr. A": the name right before the cue (not "A (Office), Dr. B")
            before = [n for n in before[-1:] if _SHORT_GAP.match(self.text[self._past_acronym(n):cue.start()])]
        obj = next((n for n in reversed(before) if (_CLAUSE_GAP.match(self._unnamed(n[1], cue.start()))
                                                    or _APPOSED_GAP.match(self.text[n[1]:cue.start()]))
                    and any(self.fits(e, pattern, "object") for e in n[2])), None)
        obj = obj and self._headed(obj, s0)
        if obj is not None and self.event is not None and _EVENT_AND_PARTICIPLE.match(self.text[s0:obj[0]]) \
                and "," in self.text[obj[1]:cue.start()] and self.fits(self.event, pattern, "object"):
            obj = (s0, s0, [self.event])  # "The workshop organised under the X project, gathered participants from"
        if obj is None:  # "X, the first project that ..., is funded by": the sentence's subject and its apposition
            first = self._name_after(s0)
            if first is not None and first[1] <= cue.start() and self.text[s0:first[0]].strip(" \n\"“") in ("", "The") \
                    and _APPOSITION.match(self.text[first[1]:cue.start()]) \
                    and any(self.fits(e, pattern, "object") for e in first[2]):
                obj = first
        if obj is None and self.event is not None and _THE_EVENT.match(self.text[s0:cue.start()]) \
                and self.fits(self.event, pattern, "object"):
            obj = (s0, s0, [self.event])  # "The workshop, funded by A": the document's event, quoted from "The"
        aside = _ASIDE.search(self.text, max(s0, cue.start() - 8), min(s1, cue.end() + 6))
        opening = re.fullmatch(r"[\s“\"]*", self.text[s0:cue.start()]) is not None \
            and re.fullmatch(r"with\s.*|.*\sby", cue.group(0), re.I | re.S) is not None  # "With support from", "Organized by"
        if obj is None and (aside is not None and aside.start() < cue.start() or opening):
            # "A, with the support of B, is holding X": an aside; its object is what the sentence's verb names;
            # likewise "With financial support from A and B, C will establish X", "Organized by A, the workshop"
            listed = self.list_after(cue.end(), s1, pattern.joiners)
            if opening and len(listed) > 1 and self.text[listed[-1][1]:listed[-1][1] + 1] != ",":
                if cue.group(0)[:5].lower() == "with ":
                    listed = listed[:-1]  # "..., the Harbour Fund will establish": the list ran into the clause's subject
                elif any(self.fits(e, pattern, "object") for e in listed[-1][2]):
                    # "Organized by A and B, the workshop opened": the list ran into the object
                    self.pairs(listed[:-1], [listed[-1]], pattern, pattern.name, span=(listed[0][0], listed[-1][1]))
                    return
            if opening and listed and self.event is not None and self.fits(self.event, pattern, "object") \
                    and not self.text[listed[-1][1]:s1].strip(" .)\n”\""):
                # "Organized by A in collaboration with B." alone: the document's event
                self.pairs(listed, [(-1, -1, [self.event])], pattern, pattern.name)
                return
            close = listed[-1][1] if listed else cue.end()
            if self.text[close:close + 1] == ",":
                obj = next((n for n in self.names if close < n[0] and n[1] <= s1
                            and any(self.fits(e, pattern, "object") for e in n[2])), None)
                if obj is not None:
                    self.pairs(listed, [obj], pattern, pattern.name, span=(listed[0][0], obj[1]) if listed else None)
                    return
        if obj is None and pattern.fallback == "document-event" and self.event is not None \
                and self.fits(self.event, pattern, "object"):
            obj = (cue.start(), cue.start(), [self.event])  # "Also attending are A and B": the document's event
        named = _AN_EVENT_BEFORE.search(self.text, max(s0, cue.start() - 60), cue.start()) if obj is None else None
        if named is not None and self.event is not None and self.fits(self.event, pattern, "object") \
                and self._names_the_event(named.group(0)):
            obj = (named.start(), named.start(), [self.event])  # "during a stakeholders workshop organized by A": the
            # document's event, quoted from its noun
        if obj is None and pattern.fallback == "named-before":  # "It has six member states who are A, B and C"
            obj = next((n for n in reversed(self.names) if max(0, s0 - 400) <= n[0] and n[1] <= cue.start()
                        and any(self.fits(e, pattern, "object") for e in n[2])), None)
            obj = obj and (-1, -1, obj[2])
        if obj is not None and obj[0] >= 0 and pattern.relation in ("represents", "memberOf") and self._posts_after(obj):
            return  # "Mr. A, Director of the B, Mr. C, Head of D": B is A's
        if obj is not None:
            subjects = self.list_after(cue.end(), s1, pattern.joiners)[:1 if pattern.first_only else None]
            if subjects and subjects[0][0] >= 0 and ";" in self.text[cue.end():subjects[0][0]]:
                subjects = []  # "(ICRC) President; Ambassador A, Permanent Representative": the list's next item
            if pattern.relation in ("represents", "memberOf"):  # "IMC President A and IRC President B": B is IRC's
                subjects = [n for n in subjects if self._post_body(n) in (n, obj)]
            if not subjects and obj[0] < cue.start() and pattern.fallback == "document-event" \
                    and self.event is not None and self.fits(self.event, pattern, "subject"):
                subjects = [(-1, -1, [self.event])]  # "Remittances were addressed": at the document's event
            self.pairs(subjects, self._listed_objects(obj, pattern, s0), pattern, pattern.name)
        elif pattern.relation in _JOINT_KINDS:  # "... is implemented by A and B": partners, whatever they implement
            listed = self.list_after(cue.end(), s1, pattern.joiners)
            doers = (next((e for e in ids if self.is_a(e, MKG.Actor) and self.registry[e].kind != "person"
                           and self.fits(e, pattern, "subject")), None) for _, _, ids in listed)
            partners = list(dict.fromkeys(e for e in doers if e is not None))
            if len(partners) >= 2:
                self._joint_doers.append((_JOINT_KINDS[pattern.relation], partners, cue.start(), listed[-1][1]))

    def _listed_objects(self, obj: Name, pattern: Pattern, s0: int) -> list[Name]:
        """The object of a passive and those listed with it from the sentence's start: "The A and the B,
        co-chaired by X" (A and B)."""
        prior = self.list_before(obj[0], s0) if obj[0] >= s0 else []
        if not prior or not re.search(r"\band\b|&", self.text[prior[0][1]:obj[0]]) \
                or self.text[s0:prior[0][0]].strip(" \n\"“") not in ("", "The", "the"):
            return [obj]
        return [n for n in prior if any(self.fits(e, pattern, "object") for e in n[2])] + [obj]

    def _headed(self, name: Name, s0: int) -> Name:
        """The document's event for an event named after a head of its own that no name covers: in "The Second
        Preparatory Meeting for the 5th Ministerial Conference was held in Ankara" the meeting was held there,
        not the conference."""
        if self.event is None or self.event in name[2] or not self._has_kind(name[2], *_EVENT_KINDS):
            return name
        before = self._name_before(name[0])
        if before is not None and before[0] >= s0 and self._has_kind(before[2], *_EVENT_KINDS) \
                and re.fullmatch(r"[\s“\"‘']*", self.text[before[1]:name[0]]):
            return self._headed((before[0], name[1], before[2]), s0)  # "Meeting for the Conference “Its Title”"
        head = _EVENT_HEAD.search(self.text, s0, name[0])
        if head is None or any(head.start() < n[1] and n[0] < name[0] for n in self.names):
            return name
        return head.start(), name[1], [self.event]

    def _unnamed(self, a: int, b: int) -> str:
        """The text from ``a`` to ``b`` with each name in it one letter: a clause's length without its names."""
        inside = [n for n in self.names if a <= n[0] and n[1] <= b]
        out, at = [], a
        for n in inside:
            if n[0] >= at:
                out += [self.text[at:n[0]], "N"]
                at = n[1]
        return "".join(out) + self.text[at:b]

    def _past_acronym(self, name: Name) -> int:
        """Where ``name`` ends, past its closing bracket when it is the acronym of the name before it: "Body (ACR)",
        "Body(ACR)" (not "A (Body)": a body in brackets is its person's)."""
        if self.text.startswith(")", name[1]):
            prior = self._name_before(name[0])
            if prior is not None and set(prior[2]) == set(name[2]) and re.fullmatch(r"\s*\(", self.text[prior[1]:name[0]]):
                return name[1] + 1
        return name[1]

    def _forward(self, pattern: Pattern, cue: re.Match, s0: int, s1: int) -> None:
        """SUBJECT ... cue OBJECTS: "the meeting was held at B in C", "A, Director of B"."""
        gap = _SHORT_GAP if pattern.gap == "short" else _CLAUSE_GAP
        before = [n for n in self.names if s0 <= n[0] and n[1] <= cue.start()]
        if pattern.gap == "short":
            before = before[-1:]
        subject = next((n for n in reversed(before) if gap.match(self.text[self._past_acronym(n):cue.start()])
                        and any(self.fits(e, pattern, "subject") for e in n[2])), None)
        subject = subject and self._headed(subject, s0)
        objects = self.list_after(cue.end(), s1, pattern.joiners)
        if not objects and pattern.first_only:  # "was part of the regional project “X”": its kind's words first
            following = self._object_after(cue.end(), s1)
            objects = [following] if following is not None else []
        if not objects and pattern.fallback == "document-event" and self.event is not None:
            objects = [(-1, -1, [self._event_for(cue)])]
        if self.event is not None and objects and objects[0][0] >= 0 and self.fits(self.event, pattern, "subject"):
            # "The meeting is part of X": the document's event, named by its kind
            the_event = _THE_EVENT.match(self.text[s0:cue.start()])
            said = _SAID_EVENT.search(self.text[subject[1] if subject else s0:cue.start()])
            named = the_event and next((n for n in self.names if s0 <= n[0] <= s0 + 5 and n[1] <= cue.start()
                                        and any(self.fits(e, pattern, "subject") for e in n[2])), None)
            if subject is None and named:  # "The Forum on Return took place at": the event named, not the document's
                subject = named
            elif subject is None and the_event and not _ANOTHER.search(the_event.group(0)):
                subject = (s0, s0, [self.event])  # but "The next meeting of X": another one
            elif said and pattern.fallback == "document-event":  # "Ms. A, Director of B, said the workshop focused on"
                subject = (subject[1] if subject else s0) + said.start(), None
                subject = (subject[0], subject[0], [self.event])
            elif subject is None and pattern.fallback == "document-event":
                subject = (cue.start(), cue.start(), [self.event])  # "participants discussed X": the document's event
        if subject is not None and objects and subject[0] >= 0 and pattern.relation in ("represents", "memberOf") \
                and self._has_kind(subject[2], "person") and self._post_first(subject, self._past_acronym(objects[0])):
            return
        if subject is not None and objects and pattern.relation == "leads" and subject[0] >= 0 \
                and self._has_kind(subject[2], "person") and self._verbs_another(subject, cue.start()):
            return  # "A has commended Sri Lanka on its perseverance as the Chair of X": Sri Lanka chairs
        if subject is not None and objects:
            span = (subject[0], cue.end()) if objects[0][0] < 0 and subject[0] >= 0 else None  # "A ... for hosting"
            subjects = [subject]
            if subject[0] >= 0 and self._has_kind(subject[2], "person") and pattern.relation in ("represents", "memberOf") \
                    and re.fullmatch(r"\s*,\s*|\s+", self.text[subject[1]:cue.start()]) and cue.group(0).islower():
                # "A and B, from the C", "A and B of the C": each person listed (not "A and B, Officer of C": B's title)
                subjects = [n for n in self.list_before(subject[1], s0) if self._has_kind(n[2], "person")] or subjects
            self.pairs(subjects, objects[:1] if pattern.first_only else objects, pattern, pattern.name, span=span)

    def _verbs_another(self, subject: Name, at: int) -> bool:
        """Whether a verb after ``subject`` has an actor for its object before ``at``: "A has commended Sri Lanka"."""
        for n in self.names:
            if subject[1] <= n[0] and n[1] <= at and self._has_kind(n[2], "country", "organisation", "collective") \
                    and re.search(r"\b[a-z]{3,}ed\s+(?:the\s+)?$", self.text[subject[1]:n[0]]):
                return True
        return False

    def _verb(self, pattern: Pattern, cue: re.Match, s0: int, s1: int) -> None:
        """SUBJECTS cue OBJECT: "A and B have launched C", "A on Tuesday signed C"."""
        when = _WHEN_BEFORE.search(self.text, s0, cue.start())
        subjects = self.list_before(when.start() if when else cue.start(), s0)
        if subjects:
            aside = _ASIDE.search(self.text, s0, subjects[0][0])
            if aside is not None and aside.end() == subjects[0][0]:
                subjects = self.list_before(aside.start(), s0)
            by = _AGENT_BEFORE.search(self.text, s0, subjects[0][0]) if subjects else None
            if by is not None and by.start() > s0:  # "X funded by A convenes": A is the agent of "funded", X does the verb
                subjects = self.list_before(by.start(), s0)
        for i, (a, _, _) in enumerate(subjects):  # "Experts from the AU, IGAD and the EAC launched the report": the
            # experts, not their bodies
            if _WHO_BEFORE.search(self.text[max(s0, a - 60):a]):
                subjects = subjects[:i]
                break
        if len(subjects) >= 1:
            # "Mr. A, Director of B, launched C": the person acts, not the body of the title
            person = next((n for n in reversed(self.names) if s0 <= n[0] and n[1] <= subjects[0][0]
                           and self._has_kind(n[2], "person")), None)
            if person is not None and _TITLE_GAP.match(self.text[person[1]:subjects[0][0]]):
                subjects = [person]
                # "A of the B and Mr. C, Director of D, co-led X": A too
                for earlier in reversed([n for n in self.names if s0 <= n[0] and n[1] <= person[0]
                                         and self._has_kind(n[2], "person")]):
                    if not _PEOPLE_AND.fullmatch(self.text[earlier[1]:subjects[0][0]]):
                        break
                    subjects.insert(0, earlier)
        then = _ANOTHER_ATTRIBUTIVE.match(self.text, cue.end()) if cue.group(0).startswith("-") else None
        following = self._object_after(then.end() if then else cue.end(), s1)  # "the ILO-implemented, SDC-funded project"
        if subjects and following is not None:
            done = not re.match(r"(?:to|will|would|could|should|may)\b", cue.group(0), re.I) \
                and not re.search(r"\b(?:to|will|would|could|should|may)\s+$", self.text[s0:cue.start()], re.I)
            self.pairs(subjects, [following], pattern, pattern.name, own_event=done)
        elif subjects and self.reported is not None and pattern.relation in ("organises", "hosts", "leads") \
                and _AN_EVENT.match(self.text, cue.end()):
            self._the_report_by_kind(subjects, pattern, cue)
        elif subjects and pattern.fallback == "document-event" and self.event is not None \
                and _NO_OBJECT.match(self.text, cue.end()):
            # "A, B and C also took part.": in the document's event
            self.pairs(subjects, [(-1, -1, [self.event])], pattern, pattern.name, span=(subjects[0][0], cue.end()))
        elif subjects and pattern.fallback == "named-before" and _NO_OBJECT.match(self.text, cue.end()):
            # "A, B and C are the member states.": of the process named before
            named = next((n for n in reversed(self.names) if max(0, s0 - 400) <= n[0] and n[1] <= s0
                          and any(self.fits(e, pattern, "object") for e in n[2])), None)
            if named is not None:
                self.pairs(subjects, [(-1, -1, named[2])], pattern, pattern.name, span=(subjects[0][0], cue.end()))

    def _object_after(self, at: int, limit: int) -> Name | None:
        """The first name after ``at``, if it ends by ``limit`` and only an object's words stand before it
        ("the new", "a two-day workshop on", "the regional project “")."""
        following = self._name_after(at)
        if following is not None and following[1] <= limit and _OBJECT_GAP.match(self.text[at:following[0]]):
            attributive = _ATTRIBUTIVE_BODY.match(self.text, following[1])
            if attributive:  # "is implementing the EU-funded PROTECT initiative": the name after the funder's
                return self._object_after(attributive.end(), limit)
            return following
        return None

    def _the_report_by_kind(self, subjects: list[Name], pattern: Pattern, cue: re.Match) -> None:
        """"IOM is holding a regional workshop on ...": the subjects organise (or host, or chair) the report's
        event, which the text names by its kind; inferred."""
        end = _AN_EVENT.match(self.text, cue.end()).end()
        note = f"The document reports on {self.registry[self.reported].label}; the text names it by its kind."
        for _, _, ids in subjects:
            for e in ids:
                if self.fits(e, pattern, "subject") and self.suits(e, pattern.relation, self.reported):
                    self._inferred(e, pattern.relation, self.reported, subjects[0][0], end, pattern.name, note)

    def _event_for(self, cue: re.Match) -> str:
        """The event a cue with no name after it is about: "was one of the panellists" is about the
        document's panel (an event whose name has the cue's noun), else the event named last before
        the cue, else the document's event."""
        events = [(n, e) for n in self.names for e in n[2] if self.registry[e].kind in _EVENT_KINDS]
        nouns = [w[:5].casefold() for w in re.findall(r"[A-Za-z]{5,}", cue.group(0))]
        for _, e in events:
            if any(re.search(rf"\b{re.escape(s)}", self.registry[e].label, re.I) for s in nouns):
                return e
        return next((e for n, e in reversed(events) if n[1] <= cue.start()), self.event)

    def _speech(self, pattern: Pattern, cue: re.Match, s0: int, s1: int) -> None:
        """PERSON ... cue ("Ms. A, Director of B, noted") or cue PERSON ("..., remarked Mr. A"): the
        person speaks at the event the sentence names, else at the document's event."""
        person = lambda n: self._has_kind(n[2], "person")  # noqa: E731
        before = [n for n in self.names if s0 <= n[0] and n[1] <= cue.start()]
        subject = next((n for n in reversed(before) if person(n) and _TITLE_CLAUSE.match(self.text[n[1]:cue.start()])), None)
        if subject is None:
            after = self._object_after(cue.end(), s1)
            if after is not None and person(after):
                subject = after
        if subject is None:
            return
        # "told the symposium", "addressed the Forum": the event right after the cue; an event named
        # elsewhere in the sentence is what was said, not where
        events = [n for n in self.names if n[0] >= cue.end() and n[1] <= s1 and n is not subject
                  and _OBJECT_GAP.match(self.text[cue.end():n[0]]) and any(self.fits(e, pattern, "object") for e in n[2])]
        self._speeches.append((pattern, subject, events[:1], (min(subject[0], cue.start()), max(subject[1], cue.end()))))

    def speeches(self) -> None:
        """Who spoke, read by ``_speech``: at the event their sentence names, else at the event the
        document's speakers, chairs and panellists are linked to most, else the document's event."""
        linked = Counter(p.object for p in self.statements.values() if p.relation in ("speaksAt", "leads")
                         and p.object is not None and self.registry[p.subject].kind == "person"
                         and self.registry[p.object].kind in _EVENT_KINDS)
        event = linked.most_common(1)[0][0] if linked else self.event
        for pattern, subject, events, (a, b) in self._speeches:
            if events:
                self.pairs([subject], events, pattern, pattern.name, span=(min(a, events[0][0]), max(b, events[0][1])))
            elif event is not None and self.fits(event, pattern, "object"):
                self.pairs([subject], [(-1, -1, [event])], pattern, pattern.name, span=(a, b))

    def _speakers(self, pattern: Pattern, cue: re.Match, s0: int, s1: int) -> None:
        """cue PERSON, title, BODY; PERSON, ...: each person speaks at the event; represents the body."""
        person = lambda n: self._has_kind(n[2], "person")  # noqa: E731
        after = [n for n in self.names if cue.end() <= n[0] and n[1] <= s1]
        people = [n for n in after if person(n)]
        if not people:
            return
        events = [n for n in self.names if s0 <= n[0] and n[1] <= s1 and not person(n)
                  and any(self.fits(e, pattern, "object") for e in n[2]) and n not in after]
        if events:
            event = events[-1]
        else:  # the document's event: its metadata's ``reports``, else the one it names most
            event = (-1, -1, [self.event]) if self.event is not None else None
        span = (cue.start(), people[-1][1])
        if event is not None:
            if event[0] >= 0:
                span = (min(event[0], span[0]), span[1])
            self.pairs(people, [event], pattern, pattern.name, span=span)
        for i, p in enumerate(people):
            stop = people[i + 1][0] if i + 1 < len(people) else s1
            body = next((n for n in after if p[1] <= n[0] and n[1] <= stop and not person(n)), None)
            if body is not None and not self._post_first(p, self._past_acronym(body)):
                self.pairs([p], [body], pattern, pattern.name, relation="represents")

    def _affiliation(self, pattern: Pattern, cue: re.Match, s0: int, s1: int) -> None:
        """PERSON, post ..., BODY ("Ms. A, Senior Economist, Prospects Group, World Bank": each body of the
        chain of units, joined by commas or "of the") or BODY post PERSON ("IOM Madagascar Head of Office
        Mr. A"): the person represents the body. Only titles stand between the two: no verb, no full stop,
        no name but a topic's."""
        if self._title_first(pattern, cue, s1):
            return
        # a topic's name is no body ("Minister of Labour")
        before = next((n for n in reversed(self.names) if n[1] <= cue.start() and not self._topics_only(n[2])), None)
        if before is None or before[0] < s0:
            return
        owner = self._person_before(before)
        if owner is not None and self._has_kind(before[2], *_AFFILIATIONS) \
                and re.fullmatch(r"(?:’s|'s|’|')?(?:\s+[A-Za-z-]+){0,5}\s+", self.text[before[1]:cue.start()]):
            # "Ms. A, OECD chief of staff", "A, an IOM Goodwill Envoy", "A, ESCAP’s Deputy Executive Secretary",
            # "A, HIAS’ senior vice president":
            # the body opens the person's post
            post_end = cue.end() + len(re.match(r"[^,.;:()\n]{0,40}", self.text[cue.end():]).group(0).rstrip())
            holder = next((n for n in self.names if cue.end() <= n[0] <= post_end + 1), None)
            if holder is not None and self._has_kind(holder[2], "person"):
                # "A, UNDP Associate Administrator B": a list's next person holds the post
                self.pairs([holder], [before], pattern, pattern.name, span=(before[0], holder[1]))
                return
            self.pairs([owner], [before], pattern, pattern.name, span=(owner[0], post_end))
            return
        # "IOM Head of Office in Port Valo Mr. A": the post's place is no name of the person's
        after = next((n for n in self.names if n[0] >= cue.end() and not self._topics_only(n[2])
                      and not (self._has_kind(n[2], "place") and re.fullmatch(r"\s+(?:of\s+\w+\s+)?in\s+", self.text[cue.end():n[0]]))),
                     None)
        if after is not None and self._has_kind(after[2], "country") \
                and re.search(r"\s(?:in|for|to)\s+(?:the\s+)?$", self.text[cue.end():after[0]]):
            # "IOM Deputy Chief of Mission in Ethiopia, A": the post's country, then its holder
            holder = self._name_after(after[1])
            if holder is not None and self._has_kind(holder[2], "person") \
                    and re.fullmatch(r",?\s+", self.text[after[1]:holder[0]]):
                after = holder
        if after is None or after[1] > s1:
            return
        gap = self.text[before[1]:after[0]]
        if not self._has_kind(before[2], "person"):  # "the International Organization for Migration’s (IOM) Director
            # General A": the body's acronym in brackets is no break
            gap = re.sub(r"^((?:’s|'s)?)\s*\([A-Z][\w&-]{1,10}\)", r"\1", gap)
        bare = re.sub(rf"(?:{_HONORIFIC_NO_STOP})\s*$", "", gap)  # "..., Mr. A": the honorific's full stop is no sentence's end
        if _NOT_A_TITLE.search(gap) or re.search(r"[.;:()]|\n\s*\n", bare[1:]):
            return
        if self._has_kind(before[2], "person") and len(gap) <= 160 and re.match(r"\s*[,–-](?!\s*and\b)", gap) \
                and _TITLE_END.search(gap):  # not "A, and the Chief of Mission for X, Mr B": B's post
            person, chain = before, self._unit_chain(after, s1)
            if self._post_first(person, self._past_acronym(chain[-1])):
                return
        elif self._has_kind(after[2], "person") and len(gap) <= 80 and re.match(r"(?:’s|'s)?\s", gap) \
                and not re.match(r"\s+(?:by|with|from|for|and|or|to|at|in|on)\s", gap):  # "a visit to Myanmar by Labour
            # Minister A": A's post, not Myanmar's
            person, chain = after, [before]
            if cue.group(0).endswith("s"):  # "UNICEF Innocenti researchers A and B": both hold the post
                second = self._name_after(after[1])
                if second is not None and self._has_kind(second[2], "person") \
                        and re.fullmatch(rf"\s+and\s+(?:(?:{_HONORIFIC_NO_STOP})\s*)?", self.text[after[1]:second[0]]):
                    for body in chain:
                        if self._has_kind(body[2], *_AFFILIATIONS):
                            self.pairs([second], [body], pattern, pattern.name, span=(body[0], second[1]))
        else:
            return
        for body in chain:
            if self._has_kind(body[2], *_AFFILIATIONS):
                self.pairs([person], [body], pattern, pattern.name,
                           span=(min(person[0], body[0]), max(person[1], body[1])))

    def _title_first(self, pattern: Pattern, cue: re.Match, s1: int) -> bool:
        """"The Director of the Valorian Institute, Ana Ruiz", "the Head of the Migration Unit, Valorian
        Agency, Mr. A": the person after the post and its bodies represents each body. Not after a person in
        apposition ("Mr. A, the Director of B, Mr. C" is read as A's post)."""
        the = re.search(r"\b[Tt]he\s+(?:[A-Z][\w-]*\s+|federal\s+|national\s+){0,3}$", self.text[max(0, cue.start() - 60):cue.start()])
        if the is not None:
            opening = cue.start() - len(the.group(0))
            start = opening + the.group(0).index(" ") + 1  # the quote from the post's first word
        else:  # "Vice Chairman of the X, A": the post opens the sentence
            s0 = self.sentence(cue.start(), cue.end())[0]
            lead = re.fullmatch(r"([\s\"“]*)(?:[A-Z][\w-]*\s+){0,3}", self.text[s0:cue.start()])
            after_verb = _POST_AFTER_VERB.search(self.text, max(s0, cue.start() - 40), cue.start())
            if lead is not None:
                opening = start = s0 + len(lead.group(1))
            elif after_verb is not None:  # "said by Chairman X A", "says Director General X, A"
                opening = start = after_verb.start("post")
            elif (listed := re.search(r",\s+((?:(?:Deputy|Vice|Acting|Senior|Assistant)\s+)?)$", self.text[s0:cue.start()])) \
                    and not any(s0 <= n[0] < cue.start() and self._has_kind(n[2], "person") for n in self.names):
                opening = start = cue.start() - len(listed.group(1))  # "The Co-Chair of the Committee, Head of the X
                # Service A": the post after a comma; not after a person's ("Mr. B, NDC, Director General, X, Mr A")
            else:
                return False
        if self._person_before((opening, opening, [])) is not None:
            return False
        body = next((n for n in self.names if n[0] >= cue.end() and not self._topics_only(n[2])), None)
        if body is None or body[1] > s1 or not self._has_kind(body[2], *_AFFILIATIONS) \
                or not re.fullmatch(r"(?:(?:\s+|/)[\w-]+,?){0,10}?(?:\s*\([^()\n]{1,15}\))?(?:\s+(?:of|for|at|to)\s+(?:the\s+)?|(?<=,)\s+|,\s+)"
                                    r"|[ \t]+", self.text[cue.end():body[0]], re.I):  # "Director-General (DG) of the X";
            # "Chairman Nigerians in Diaspora Commission A": the body right after the post
            return False
        chain = self._unit_chain(body, s1)
        gap = re.match(rf"(?:\s*\([^)\n]{{1,60}}\))?\s*,?\s+(?P<honorific>(?:{_HONORIFIC_NO_STOP})\s*)?", self.text[chain[-1][1]:])
        # the person's name right after, with its honorific or without ("Mrs Binta Bello" registered so)
        person = gap and next((n for n in self.names if n[0] - chain[-1][1] in (gap.end(), gap.start("honorific"))), None)
        if person is None or not self._has_kind(person[2], "person"):
            return False
        for b in chain:
            self.pairs([person], [b], pattern, pattern.name, span=(start, person[1]))
        return True

    def _unit_chain(self, first: Name, s1: int) -> list[Name]:
        """``first`` and the bodies after it, each joined by a comma or "of the" ("Population Division, UN
        DESA", "Migration Unit of the ILO"): a unit, then its body, up to ``s1``; a country and its body
        ("Indonesia's Ministry of Foreign Affairs")."""
        chain = [first]
        owned = self._name_after(first[1])
        if owned is not None and owned[1] <= s1 and self._has_kind(first[2], "country") \
                and re.fullmatch(r"[’']s\s+", self.text[first[1]:owned[0]]) and self._has_kind(owned[2], "organisation"):
            chain = [first, owned]
        while True:
            nxt = self._name_after(chain[-1][1])
            if nxt is None or nxt[1] > s1 or not _UNIT_GAP.fullmatch(self.text[chain[-1][1]:nxt[0]]) \
                    or not self._has_kind(nxt[2], *_AFFILIATIONS):
                return chain
            chain.append(nxt)

    def _post_body(self, name: Name) -> Name:
        """The body whose post a person's name follows ("CIS (CIS) Executive Secretary B": the CIS); else the name."""
        if not self._has_kind(name[2], "person"):
            return name
        body = self._name_before(name[0])
        if body is not None and self._has_kind(body[2], *_AFFILIATIONS) \
                and _TITLE_BETWEEN.fullmatch(self.text[body[1]:name[0]].removeprefix(")")):
            return body
        return name

    def _post_first(self, person: Name, end: int) -> bool:
        """Whether ``person`` holds the post named before them and the post after them, up to ``end``, is the
        next person's: "the Secretary-General of the OECD, Mr. A, Director General of the IOM, Mr. B, and ..."
        (A is the OECD's, B the IOM's)."""
        return _NEXT_HOLDER.match(self.text, end) is not None and self._holds_post_before(person)

    def _holds_post_before(self, person: Name) -> bool:
        """Whether ``person`` is named after a post and its body ("the Secretary-General of the OECD, Mr. A") in a
        list whose first person is so named: not "Mr A, Deputy Secretary of the Ministry, Ms B, Head of C" (the
        Ministry is A's)."""
        body = self._name_before(person[0])
        if body is None or not self._has_kind(body[2], *_AFFILIATIONS) \
                or _HOLDER_GAP.fullmatch(self.text[self._past_acronym(body):person[0]]) is None:
            return False
        post = _POST_OF.search(self.text, max(0, body[0] - 60), body[0])
        if post is None:
            return False
        before = self._name_before(post.start())
        if before is not None and self._has_kind(before[2], "person") \
                and re.fullmatch(r"\s*,\s*(?:and\s+)?(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}", self.text[before[1]:post.start()]):
            return self._holds_post_before(before)  # the list's first person decides how it is written
        return True

    def _posts_after(self, body: Name) -> bool:
        """Whether ``body`` closes the post of the person before it, who holds no post before their name:
        "Mr. A, Director of the B, Mr. C" (B is A's; but "the Head of the X, Mr. A, Director of the B, Mr. C")."""
        holder = next((n for n in reversed(self.names) if n[1] <= body[0] and self._has_kind(n[2], "person")), None)
        if holder is None or body[0] - holder[1] > 120:
            return False
        between = self.text[holder[1]:body[0]]
        return re.match(r"\s*[,–-]", between) is not None and re.search(r"[.;:()]", between) is None \
            and _POST_OF.search(between) is not None and not self._post_first(holder, self._past_acronym(body))

    def _name_before(self, at: int) -> Name | None:
        """The name that ends last before ``at``, if any."""
        return next((n for n in reversed(self.names) if n[1] <= at), None)

    def _name_after(self, at: int) -> Name | None:
        """The first name that starts at or after ``at``, if any."""
        return next((n for n in self.names if n[0] >= at), None)

    def _person_before(self, name: Name) -> Name | None:
        """The person named right before ``name``, in apposition: "Ms. A, [name]", "A, an [name]"."""
        prev = self._name_before(name[0])
        if prev is not None and self._has_kind(prev[2], "person") \
                and re.fullmatch(r"\s*,\s*(?:(?:an?|the|its|their)\s+)?", self.text[prev[1]:name[0]]):
            return prev
        return None

    def _partnership(self, pattern: Pattern, cue: re.Match, s0: int, s1: int) -> None:
        """A ... cue ... B: one partnership of the pattern's kind between the actors listed before and
        after the cue."""
        aux = _AUXILIARIES.search(self.text, s0, cue.start())  # "A has been working with B": A too
        end = aux.start() if aux else cue.start()
        when = _WHEN_BEFORE.search(self.text, s0, end)  # "A on Tuesday signed an agreement with B"
        left = self.list_before(when.start() if when else end, s0)
        theirs = re.match(r"their\b", cue.group(0), re.I) is not None
        if theirs:  # "A and B are renewing their partnership": the sentence's subjects
            first = self._name_after(s0)
            opens = first is not None and first[1] <= cue.start() \
                and re.fullmatch(r"[\s\"“]*(?:The\s+|the\s+)?", self.text[s0:first[0]]) is not None
            left = [first] + self.list_after(first[1], cue.start()) if opens else []
        if left and self._has_kind(left[0][2], "organisation"):  # "the Secretariat of the Ministry of Gender (MoGCSP)
            # in collaboration with B": the Secretariat works with B, not its ministry
            unit = next((n for n in reversed(self.names) if n[1] <= left[0][0] and n[0] >= s0), None)
            if unit is not None and len({tuple(n[2]) for n in left}) == 1 and self._has_kind(unit[2], "organisation") \
                    and re.fullmatch(r"\s+of\s+(?:the\s+)?", self.text[unit[1]:left[0][0]]):
                left = [unit]
        left = [self._post_body(n) for n in left]  # "IOM Director General A and CIS Executive Secretary B sign": IOM, CIS
        if left and all(self.is_a(e, MKG.Undertaking) for n in left for e in n[2]):
            # "A held the Forum in partnership with B": the undertaking's doer, the sentence's subject
            subject = self._sentence_subject(s0, left[0][0])  # not a speaker or a pronoun's (no span of its own)
            left = [subject] if subject is not None and subject[0] < subject[1] else left
        right = self.list_after(cue.end(), s1, pattern.joiners)
        if len(right) >= 2 and self._has_kind(right[-1][2], "person") \
                and self._has_kind(right[-2][2], "organisation") \
                and re.fullmatch(rf"\s*,\s*(?:(?:{_HONORIFIC})\s*)?", self.text[right[-2][1]:right[-1][0]]):
            right = right[:-1]  # "with the Office of the Envoy, Mr. A": A heads the Office, in apposition
        right = [self._post_body(n) for n in right]
        actors = [(a, b, [e for e in ids if self.is_a(e, MKG.Actor)]) for a, b, ids in left + right]
        actors = [x for x in actors if x[2]]
        partners = list(dict.fromkeys(x[2][0] for x in actors))
        if len(partners) < 2:
            return
        sentence_names = [n for n in self.names if s0 <= n[0] and n[1] <= s1]
        about = list(dict.fromkeys(e for _, _, ids in sentence_names for e in ids if self.is_a(e, MKG.Undertaking)))
        kind = pattern.relation
        if kind == "auto":
            organising = re.search(r"organi[sz]|hosted|convened", self.text[s0:s1], re.I)
            kind = "co-organisation" if organising and about else "collaboration"
        end = cue.end() if theirs else actors[-1][1]  # "... renewing their partnership": quoted up to the cue
        self.add_partnership(kind, partners, about[:3], actors[0][0], end)

    def _members(self, pattern: Pattern, cue: re.Match, s0: int, s1: int) -> None:
        """"ECO ... is the inter-governmental organization which brings together A, B and C": each
        actor listed is a member of the sentence's first body (``memberOf``; of a process, it takes
        part in it); inferred. Only after words that describe a body ("organization which")."""
        if not _MEMBERSHIP.search(self.text, s0, cue.start()):
            return
        body = next((e for a, _, ids in self.names if s0 <= a < cue.start() for e in ids
                     if self.registry[e].kind in ("organisation", "process", "network")), None)
        if body is None:
            return
        listed = self.list_after(cue.end(), s1, pattern.joiners)
        relation = "memberOf" if self.registry[body].kind == "organisation" else "participatesIn"
        note = f"The text says {self.registry[body].label} brings them together; membership is a reading of it."
        for a, b, ids in listed:
            for e in ids:
                if self.is_a(e, MKG.Actor) and self.suits(e, relation, body):
                    self._inferred(e, relation, body, listed[0][0], listed[-1][1], "members-of-body", note)

    def _dateline(self, pattern: Pattern, cue: re.Match, s0: int, s1: int) -> None:
        """"7 March 2007, United Nations Headquarters, New York": where the document's event was held."""
        if self.event is None:
            return
        if "city" in cue.re.groupindex:  # "TURIN, 30 June --": the city, in any case
            city = " ".join(cue.group("city").split()).casefold()
            places = [e.id for e in self.registry.values() if e.kind == "place"
                      and any(n.casefold() == city for n in e.names)]
            if places:
                self.pairs([(-1, -1, [self.event])], [(cue.start("city"), cue.end("city"), places)], pattern,
                           pattern.name, span=(cue.start("city"), cue.end("city")))
                country = cue.group("country") and self._by_name({"country"}).get(cue.group("country").casefold())
                if country:  # "Khartoum, the Sudan, 13 October": its country too
                    self.pairs([(-1, -1, [self.event])], [(cue.start("country"), cue.end("country"), [country])], pattern,
                               pattern.name, span=(cue.start("city"), cue.end("country")))
            return
        line_end = self.text.find("\n", cue.end())
        places = self.list_after(cue.end(), line_end if line_end >= 0 else len(self.text), pattern.joiners)
        self.pairs([(-1, -1, [self.event])], places, pattern, pattern.name)

    def together(self, pattern: Pattern) -> None:
        """SUBJECT and OBJECT of the pattern's kinds named in one sentence with the cue, and linked by no
        other reading: "the project trains officials in Ghana and Senegal" (the project operates in
        each); inferred, quoted from the first of the two names to the last. Each sentence is read
        once, however often the cue stands in it."""
        sentences = sorted({self.whole_sentence(c.start(), c.end()) for c in pattern.cue.finditer(self.text)})
        linked = self._linked_pairs()
        for w0, w1 in sentences:
            names = [n for n in self.names if w0 <= n[0] and n[1] <= w1]
            for (sa, sb, subs), (oa, ob, objs) in itertools.product(names, repeat=2):
                for sub, o in itertools.product(subs, objs):
                    if sub == o or frozenset((sub, o)) in linked or not (
                            self.fits(sub, pattern, "subject") and self.fits(o, pattern, "object")):
                        continue
                    if self.registry[sub].kind == "country" and self._incidental_country(sa) \
                            or self.registry[o].kind == "country" and self._incidental_country(oa):
                        continue  # "Ambassador of Uzbekistan to the United Kingdom", "in Geneva, Switzerland"
                    note = (f"{self.registry[sub].label} and {self.registry[o].label} are named in one sentence; "
                            "the text does not say so in these words.")
                    self._inferred(sub, pattern.relation, o, min(sa, oa), max(sb, ob), pattern.name, note)
                    linked.add(frozenset((sub, o)))

    def _count(self, pattern: Pattern, cue: re.Match, s0: int, s1: int) -> None:
        """"some 150 participants from 40 countries": a quantity of the event the sentence names
        (the nearest before the number, else the first after it), or of the document's event when the
        sentence gathers people ("brought together", "attended", "participants")."""
        number = cue.group("count").replace(",", "")
        if not number.isdigit() or int(number) < 2:
            return
        names = [n for n in self.names if s0 <= n[0] and n[1] <= s1 and any(self.fits(e, pattern, "subject") for e in n[2])]
        before = [n for n in names if n[1] <= cue.start()]
        event = before[-1] if before else (names[0] if names else None)
        if event is None and self.event is not None and _GATHERING.search(self.text, s0, s1):
            event = (cue.start(), cue.start(), [self.event])
        if event is None:
            return
        unit = " ".join(cue.group("unit").split())
        a, b = min(event[0], cue.start()), max(event[1], cue.end())
        for e in event[2]:
            if self.fits(e, pattern, "subject"):
                self.add(e, pattern.relation, None, a, b, pattern.name, value={"count": int(number), "unit": unit})

    def _dates(self, pattern: Pattern, cue: re.Match, s0: int, s1: int) -> None:
        """"On 3 and 4 May 2010, the X": the date (or first and last day) of the event X."""
        import datetime as dt

        days = [int(d) for d in re.findall(r"\d+", cue.group("days"))]
        year = cue.group("year") or str(self.doc.metadata.get("date") or "")[:4]
        if not year.isdigit():
            return
        month = MONTHS.index(cue.group("month").capitalize()) + 1
        try:
            dates = [dt.date(int(year), month, d) for d in days]
        except ValueError:
            return
        names = [n for n in self.names if s0 <= n[0] and n[1] <= s1]
        event = next((n for n in names if self._has_kind(n[2], "event")), None)
        if event is None:
            return
        a, b = min(cue.start(), event[0]), max(cue.end(), event[1])
        for e in event[2]:
            if self.registry[e].kind != "event":
                continue
            if len(dates) == 1:
                self.add(e, "date", None, a, b, pattern.name, value=dates[0])
            else:
                self.add(e, "startDate", None, a, b, pattern.name, value=dates[0])
                self.add(e, "endDate", None, a, b, pattern.name, value=dates[-1])


def _elided_names(text: str, registry: Registry) -> list[tuple[int, int, str]]:
    """Names whose first word stands before another's that shares the rest ("international and
    non-governmental organizations", "National and International NGOs"): the first word, as the
    name's mention."""
    by_name: dict[str, list[str]] = {}
    for entity in registry.values():
        if entity.kind != "topic":
            for name in entity.names:
                if " " in name:
                    by_name.setdefault(" ".join(name.split()).casefold(), []).append(entity.id)
    out = []
    for m in _ELLIPSIS.finditer(text):
        rest = text[m.end():m.end() + 80].split()
        for n in range(min(4, len(rest)), 0, -1):
            tail = " ".join(rest[:n]).rstrip(",.;:)")
            ids = by_name.get(f"{m.group('first')} {tail}".casefold())
            if ids:
                out += [(m.start("first"), m.end("first"), e) for e in ids]
                break
    return out


#: "international and non-governmental organizations": a word, "and", the other's first word.
_ELLIPSIS = re.compile(r"(?<![\w-])(?P<first>[\w-]+)\s+(?:and|or|&)\s+[\w-]+\s+")


def _alternation(names) -> str:
    """``names`` as one regular expression's alternatives, the longest first ("Central Asia" before "Asia")."""
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


#: A meeting's noun and "of" right before a group in an event's name: "the annual meeting of Ethiopian ambassadors".
_MEETING_OF = re.compile(r"\b(?:meetings?|conferences?|summits?|sessions?|dialogues?|forums?|consultations?|gatherings?|"
                         r"assembl(?:y|ies)|congress(?:es)?|retreats?)\s+of\s+(?:the\s+)?$", re.I)
#: A second body's attributive after a first's, before what both qualify: ", SDC-funded " in "the ILO-implemented, SDC-funded
#: project".
_ANOTHER_ATTRIBUTIVE = re.compile(r",?\s+(?:[A-Z][\w&.’'-]*\s+){0,4}?[A-Z][\w&.’'-]*-(?:funded|financed|sponsored|supported|led|"
                                  r"implemented|run|managed)(?=\s)")
#: A person's post in apposition after their name, up to its comma: ", Minister of Human Resources and Emiratisation,".
_POST_APPOSITION = re.compile(rf"^\s*,\s*(?:the\s+)?(?:[A-Z][\w’'&.-]*\s+|(?:of|for|on|and|the|in|at)\s+)*?(?:{POST_WORDS})"
                              r"(?:\s+(?:[A-Z][\w’'&.-]*|of|for|on|and|the|in|at))*\s*,")
#: A person's post right before their name, after "and": "and Malaysian Human Resources Minister ".
_POST_BEFORE_NAME = re.compile(rf"(?<=\sand\s)(?:[A-Z][\w’'&.-]*\s+){{0,5}}(?:{POST_WORDS})\s+(?:[A-Z][\w’'&.-]*\s+){{0,2}}$")


def _posts_between(between: str, person_after: bool) -> str:
    """The words between a person's name and what follows it in a list, without the person's post in apposition
    (", Minister of Labour,") and, when a person follows, without that person's post before their name
    ("and Malaysian Human Resources Minister ")."""
    between = _POST_APPOSITION.sub(",", between, count=1)
    return _POST_BEFORE_NAME.sub("", between) if person_after else between


def _gap(joiners: str | None) -> re.Pattern:
    if not joiners:
        return _LIST_GAP
    return re.compile(rf"^(?:{_LIST_WORDS}|{joiners})*$", re.I)


def _modality(quote: str) -> dict:
    """A quote that gives the fact as planned or possible ("will hold") makes it suggested, with a note."""
    cue = plan_cue(quote)
    return {"status": "suggested", "note": f"Planned or possible: '{cue}'."} if cue else {}


def _value_slug(value: object) -> str:
    if isinstance(value, dict):  # {count: 150, unit: participants}: 150-participants
        value = " ".join(str(v) for v in value.values())
    return re.sub(r"[^a-z0-9]+", "-", str(value).lower()).strip("-")


def _kebab(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "-", name).lower()


def _finish(p, locator: Locator, used: set[str], base: str) -> None:
    """Quote, section and hint, found the way the build will find them; a unique id."""
    doc = locator.doc
    piece = doc.text[p.start:p.end]
    if doc.text[p.end:p.end + 1] == ")" and piece.count("(") > piece.count(")"):
        p.end += 1  # "... Organization for Migration (IOM" -> "(IOM)"
    p.quote = normalise(doc.text[p.start:p.end])
    located = locator.locate(p.quote)
    mine = next((m for m in located.matches if m.start == p.start), located.matches[0])
    p.section, p.hint = mine.section, mine.hint
    pid, n = base, 2
    while pid in used:
        pid, n = f"{base}-{n}", n + 1
    used.add(pid)
    p.id = pid


# -- Writing ---------------------------------------------------------------------------------------

def existing_facts(doc: SourceDocument) -> tuple[set[tuple], set[str]]:
    """(subject, relation, object) of every statement (curated or proposed) and every id used."""
    facts, ids = set(), set()
    for path in doc.statement_files:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if not isinstance(data, dict):
            continue
        for entry in (data.get("statements") or []) + (data.get("partnerships") or []):
            if isinstance(entry, dict):
                ids.add(str(entry.get("id")))
                if "relation" in entry:
                    for subject in _listed(entry, "subject"):
                        for obj in _listed(entry, "object") if ("object" in entry or "objects" in entry) \
                                else [entry.get("value")]:
                            facts.add((subject, entry.get("relation"), obj))
                else:
                    facts.add(("partnership", entry.get("kind"), tuple(sorted(map(str, entry.get("partners") or [])))))
    return facts, ids


def _listed(entry: dict, one: str) -> list:
    many = entry.get(one + "s")
    return [str(x) for x in many] if isinstance(many, list) else [entry.get(one)]


def grouped_entries(proposals: list[Proposal], taken: set[str] | frozenset = frozenset()) -> list[dict]:
    """The proposals as entries, one per quote: the pairs of one relation read from the same words
    share one entry with ``subjects:`` (one object) or ``objects:`` (one subject) — a speaker list
    is one entry."""
    groups: dict[tuple, list[Proposal]] = {}
    for p in proposals:
        if p.object is None:
            groups[("value", p.id)] = [p]
            continue
        groups.setdefault((p.relation, p.start, p.end, "object", p.object), []).append(p)
    # what stays alone may share its subject with others: "A, based in B and C"
    singles: dict[tuple, list[Proposal]] = {}
    for key, members in list(groups.items()):
        if len(members) == 1 and key[0] != "value":
            p = members[0]
            del groups[key]
            singles.setdefault((p.relation, p.start, p.end, "subject", p.subject), []).append(p)
    groups.update(singles)
    out = []
    for members in sorted(groups.values(), key=lambda m: (m[0].start, m[0].id)):
        first = members[0]
        entry = first.entry()
        if len(members) > 1:
            if len({m.subject for m in members}) > 1:
                entry = {"id": f"{_kebab(first.relation)}-{first.object}", "subjects": [m.subject for m in members],
                         **{k: v for k, v in entry.items() if k not in ("id", "subject")}}
            else:
                entry = {"id": f"{first.subject}-{_kebab(first.relation)}", "subject": first.subject,
                         "relation": first.relation, "objects": [m.object for m in members],
                         **{k: v for k, v in entry.items() if k not in ("id", "subject", "relation", "object")}}
        out.append(entry)
    used = set(taken)
    for entry in out:  # ids stay unique when two groups would share one, or the files use it
        base, n = entry["id"], 2
        while entry["id"] in used:
            entry["id"], n = f"{base}-{n}", n + 1
        used.add(entry["id"])
    return out


def statements_text(statements: list[dict], partnerships: list[dict], header: str) -> str:
    """A statements file: the header comment, then the entries in the curated files' style."""
    body = "statements:\n" + "".join(yaml_entry(e, "  ") for e in statements) if statements else "statements: []\n"
    body += ("\npartnerships:\n" + "".join(yaml_entry(e, "  ") for e in partnerships)) if partnerships \
        else "\npartnerships: []\n"
    return header + body


def write_proposals(result: ProposeResult, doc_ref: str | Path, graph_dir: Path, command: str) -> Path:
    """Add the proposals not already in the document's statement files to statements/proposed.yaml."""
    doc = open_document(document_folder(doc_ref, graph_dir))
    facts, ids = existing_facts(doc)
    path = doc.folder / "statements" / PROPOSED_FILE
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else None
    data = data if isinstance(data, dict) else {}
    statements = list(data.get("statements") or [])
    partnerships = list(data.get("partnerships") or [])
    new_s = [p for p in result.statements if (p.subject, p.relation, p.object) not in facts and p.id not in ids]
    new_p = [p for p in result.partnerships
             if ("partnership", p.kind, tuple(sorted(p.partners))) not in facts and p.id not in ids]
    result.skipped_known = len(result.statements) + len(result.partnerships) - len(new_s) - len(new_p)
    statements += grouped_entries(new_s, ids | {str(e.get("id")) for e in statements if isinstance(e, dict)})
    partnerships += [p.entry() for p in new_p]
    header = (f"# Proposed by `{command}`: check each entry against the text, correct it, and remove\n"
              "# `proposed: true` to accept it (the build skips entries that still have it); delete the rest.\n"
              f"# Then `migration-kg accept {doc.id}` moves the accepted ones into statements/accepted.yaml.\n")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(statements_text(statements, partnerships, header), encoding="utf-8")
    result.written = path
    return path

