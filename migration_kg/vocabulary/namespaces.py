"""The ontology's namespace as a closed Python class: a typo is an AttributeError, not a new IRI.

The base IRI is defined here once; `ontology/migration-kg.ttl` declares the same (a test checks it).
"""

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

from migration_kg.vocabulary.prefixes import BASE, PREFIXES

#: Registry entities: <BASE>id/<entity-id>.
ID = Namespace(BASE + "id/")
#: Source documents and what hangs off them: <BASE>doc/<document-id>/...
DOC = Namespace(BASE + "doc/")
#: Roles in org:Membership nodes.
ROLE = Namespace(BASE + "role/")


class MKG(DefinedNamespace):
    """Terms of the Migration and Development Knowledge Graph ontology."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    Actor: URIRef
    Agreement: URIRef
    Assertion: URIRef
    AssertionStatus: URIRef
    AssertionStatuses: URIRef
    Collective: URIRef
    Country: URIRef
    Entity: URIRef
    Event: URIRef
    EventSeries: URIRef
    Evidence: URIRef
    Forum: URIRef
    Inferred: URIRef
    Initiative: URIRef
    Mention: URIRef
    Network: URIRef
    Organisation: URIRef
    Paragraph: URIRef
    Partnership: URIRef
    PartnershipKind: URIRef
    PartnershipKinds: URIRef
    Person: URIRef
    Place: URIRef
    Policy: URIRef
    Process: URIRef
    Product: URIRef
    Programme: URIRef
    Project: URIRef
    Publication: URIRef
    Section: URIRef
    Service: URIRef
    SourceDocument: URIRef
    Stated: URIRef
    Suggested: URIRef
    Topic: URIRef
    TopicScheme: URIRef
    Undertaking: URIRef
    acronym: URIRef
    addresses: URIRef
    amount: URIRef
    asOf: URIRef
    assertionStatus: URIRef
    basedIn: URIRef
    briefsOn: URIRef
    civilSocietyParticipants: URIRef
    coFinances: URIRef
    coOrganiser: URIRef
    collaboration: URIRef
    concerns: URIRef
    coordinates: URIRef
    coordination: URIRef
    costShare: URIRef
    countriesListingPriorities: URIRef
    date: URIRef
    durationDays: URIRef
    endDate: URIRef
    endOffset: URIRef
    figure: URIRef
    followsUp: URIRef
    funding: URIRef
    funds: URIRef
    hasEvidence: URIRef
    heldIn: URIRef
    hosts: URIRef
    initiates: URIRef
    intermediation: URIRef
    iso3166Alpha2: URIRef
    iso3166Alpha3: URIRef
    kind: URIRef
    leads: URIRef
    level: URIRef
    memberOf: URIRef
    memberStates: URIRef
    membership: URIRef
    mentionOf: URIRef
    nationality: URIRef
    operatesIn: URIRef
    organises: URIRef
    paragraph: URIRef
    partOf: URIRef
    participatesIn: URIRef
    partner: URIRef
    partnershipKind: URIRef
    permanentMissionDelegates: URIRef
    placeOfPublication: URIRef
    priceRelativeToMarket: URIRef
    produces: URIRef
    provides: URIRef
    quantity: URIRef
    questionnaireResponses: URIRef
    quote: URIRef
    reports: URIRef
    represents: URIRef
    research: URIRef
    schoolsEquipped: URIRef
    section: URIRef
    seriesNumber: URIRef
    seriesPosition: URIRef
    seriesTitle: URIRef
    signs: URIRef
    sourceId: URIRef
    speaksAt: URIRef
    startDate: URIRef
    startOffset: URIRef
    subOrganisationOf: URIRef
    supports: URIRef
    teachersTrained: URIRef
    title: URIRef
    unSystemStaff: URIRef
    valueDatatype: URIRef
    year: URIRef
    yearsOfActivity: URIRef
    youthsReached: URIRef

    _extras = [
        "co-financing",
        "co-organisation",
        "multi-stakeholder",
        "public-private",
    ]




def bind_prefixes(graph) -> None:
    """Bind the project's prefixes on an rdflib graph, replacing rdflib's defaults."""
    for prefix, iri in PREFIXES.items():
        graph.bind(prefix, iri, override=True, replace=True)
