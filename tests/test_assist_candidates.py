"""Candidates a curator can trust: whole names, the right kind with its reason, acronyms with their
long form, registry entities recognised by acronym, honorifics kept out of names."""

from __future__ import annotations

import re

import pytest

from migration_kg.assist.candidates import candidates_in
from migration_kg.assist.patterns import example_document
from migration_kg.curation.registry import Entity, Registry

TEXT = ("On 3 May 2010, Mr. Jan Novak, Director of the Migration Office of Valoria, opened the Regional Workshop "
        "on Labour Mobility, held in Genève. The Harbour Foundation (HF) and the Ministry of Labour supported it. "
        "Speakers from ILO and IOM and the World Bank took part. The UK sent an observer. "
        "The Delta Institute funds the Return Support Programme.")


def _named(doc, registry: Registry) -> dict:
    """The candidates of ``doc`` with ``registry``, by name."""
    return {c.name: c for c in candidates_in(doc, registry).candidates}


def _by_name(text: str) -> dict:
    """The candidates of a one-paragraph document with an empty registry, by name."""
    doc, _ = example_document(text)
    return _named(doc, Registry())


def _assert_kind(by_name: dict, kind: str, *names: str) -> None:
    """Each of ``names`` is a candidate of ``kind``."""
    for name in names:
        assert name in by_name and by_name[name].kind == kind, (name, kind, by_name.get(name), sorted(by_name))


def test_candidates_have_whole_names_right_kinds_and_reasons():
    doc, _ = example_document(TEXT)
    registry = Registry({"iom": Entity("iom", "organisation", "International Organization for Migration",
                                       acronyms=("IOM",))})
    report = candidates_in(doc, registry)
    by_name = {c.name: c for c in report.candidates}
    assert by_name["Jan Novak"].kind == "person" and "Mr." in by_name["Jan Novak"].how
    assert not any(name.startswith(("Mr", "Director")) for name in by_name)
    assert by_name["Harbour Foundation"].acronym == "HF" and "'Foundation'" in by_name["Harbour Foundation"].how
    assert by_name["Ministry of Labour"].kind == "organisation"
    assert by_name["Migration Office of Valoria"].kind == "organisation"  # named in a title
    assert by_name["Regional Workshop on Labour Mobility"].kind == "event"
    assert by_name["Return Support Programme"].kind == "programme"
    assert by_name["World Bank"].kind == "organisation"  # not run together with IOM
    assert by_name["ILO"].kind == "organisation"
    assert by_name["United Kingdom"].kind == "country" and by_name["United Kingdom"].iso3 == "GBR"
    assert by_name["Genève"].kind == "place"
    assert not any(" and " in name for name in by_name), sorted(by_name)
    assert "IOM" not in by_name and [k.id for k in report.known] == ["iom"]  # known by its acronym
    assert all(c.how for c in report.candidates)


def test_towns_offices_lower_case_events_and_names_across_lines_are_candidates():
    text = ("MOMBASA, 12 March 2015 - The Coastal Migration Office (CMO) and the Harbour Foundation are holding a\n"
            "three-day regional workshop on return in Mombasa. The IOM regional offices in Pretoria and Dakar took part,\n"
            "with Ambassador Okello (Uganda). Support came from the Ayala\n"
            "Foundation and the Migration and Development Seminar Series. Executive Director Ruiz spoke.\n")
    doc, _ = example_document(text)
    topics = Registry({"migration-and-development": Entity("migration-and-development", "topic",
                                                           "migration and development")})
    by_name = _named(doc, topics)
    assert by_name["Mombasa"].kind == "place" and "GeoNames" in by_name["Mombasa"].how
    assert by_name["Pretoria"].kind == by_name["Dakar"].kind == "place"
    assert {"IOM regional office in Pretoria", "IOM regional office in Dakar"} <= set(by_name)
    assert by_name["regional workshop on return"].kind == "event"  # its length is no part of its name; its theme is
    assert by_name["Okello"].kind == "person"
    assert by_name["Ayala Foundation"].kind == "organisation"  # across the line break
    assert by_name["Migration and Development Seminar Series"].kind == "event-series"  # a topic inside the name
    assert "Executive Director" not in by_name and "March" not in by_name


def test_joined_acronyms_members_ordinal_meetings_and_names_before_a_definition():
    text = ("After the Fifth Harbour Summit Meeting in Mombasa, the first meeting of the Coastal Partners Group, open to "
            "all UN Member States and Forum Observers, took place. The CMO-HFR Return Programme met too. The Ministry "
            "of Coasts launched its Global Knowledge Partnership on Return (GKPR) Project on labor mobility and on "
            "policy and institutional coherence.")
    doc, _ = example_document(text)
    topics = Registry({t: Entity(t, "topic", label) for t, label in
                       [("labour-mobility", "labour mobility"), ("policy-coherence", "policy coherence")]})
    report = candidates_in(doc, topics)
    by_name = {c.name: c for c in report.candidates}
    assert by_name["CMO"].kind == by_name["HFR"].kind == "organisation"  # each body of "CMO-HFR"
    assert by_name["UN Member States"].kind == by_name["Forum Observers"].kind == "collective"
    assert by_name["first meeting of the Coastal Partners Group"].kind == "event"
    assert by_name["Fifth Harbour Summit Meeting"].kind == "event" and by_name["Mombasa"].kind == "place"
    assert not any(name.startswith("After") for name in by_name), sorted(by_name)
    doc, _ = example_document("They planned a panel entitled Return as an Engine for Growth and the Role of Cities in "
                              "Lorvik, and the meetings of the Coastal Troika took place.")
    named = {c.name: c.kind for c in candidates_in(doc, topics).candidates}
    assert named["Return as an Engine for Growth and the Role of Cities"] == "event"
    assert named["meetings of the Coastal Troika"] == "event"
    doc, _ = example_document("Ambassador Tomas Berg of the Coastal Foreign Affairs and Mr. Ian Holm of Valoria met.")
    assert {c.name: c.kind for c in candidates_in(doc, topics).candidates}["Coastal Foreign Affairs"] == "organisation"
    doc, _ = example_document("Then another thematic workshop on migration and climate change in Lorvik closed.")
    assert "thematic workshop on migration and climate change" in {c.name for c in candidates_in(doc, topics).candidates}
    gkpr = by_name["Global Knowledge Partnership on Return"]
    assert gkpr.acronym == "GKPR" and gkpr.kind == "project" and "'Project'" in gkpr.how
    assert {k.id for k in report.known} == {"labour-mobility", "policy-coherence"}


def test_people_without_honorifics_countries_by_adjective_and_headline_verbs():
    text = ("Coastal Bodies Host Seminar on Return, Skills and Remittances\n\n"
            "The Harbour Foundation is holding a regional seminar on Return, Skills and Remittances in Lorvik. Tomas Berg, "
            "representing the Coastal Council of Unions, spoke first. Lena Ortiz, from the Delta Institute, followed. "
            "Harbour Director General Ian Holm and Dr. Ana G. Ruiz closed it, with the Moroccan delegation. "
            "\"Skills travel,\" says IOM's Maria Lopez. Latin American delegates and German experts attended.")
    doc, _ = example_document(text)
    registry = Registry({"germany": Entity("germany", "country", "Germany")})
    report = candidates_in(doc, registry)
    by_name = {c.name: c for c in report.candidates}
    _assert_kind(by_name, "person", "Tomas Berg", "Lena Ortiz", "Ian Holm", "Ana G. Ruiz", "Maria Lopez")
    assert by_name["Morocco"].kind == "country" and "Moroccan" in by_name["Morocco"].how
    assert "United States" not in by_name  # "Latin American" is no country's adjective
    assert [k.id for k in report.known] == ["germany"]  # known by its people's adjective
    assert not any(name.startswith("Host") for name in by_name), sorted(by_name)
    assert by_name["regional seminar on Return, Skills and Remittances"].kind == "event"


def test_event_page_fields_possessive_owners_quoted_titles_and_names_cut_at_a_slash():
    text = ("Preparing for the Coastal Summit\n\n"
            "The Harbour Office/Havenamt, the Federal Ministry for Coastal Affairs and CMO’s Return Data Centre (RDC) "
            "jointly presented the third debate of the series.\n\n"
            "Where: Harbour Office, Berlin\n\n"
            "Speaker: Dr. Ana Ruiz (Fellow at the Brookings Institution). She summarised the report “Safe Harbours: "
            "Addressing Large Movements at Sea”.")
    by_name = _by_name(text)
    assert by_name["Berlin"].kind == "place" and "Where:" in by_name["Berlin"].how
    assert "Federal" not in by_name and "Brookings" not in by_name  # no town cut from a longer name
    assert by_name["Federal Ministry for Coastal Affairs"].kind == "organisation"
    assert by_name["Return Data Centre"].acronym == "RDC"  # not "CMO’s Return Data Centre"
    assert by_name["Safe Harbours: Addressing Large Movements at Sea"].kind == "publication"
    assert not any("Summit" in n and ("The" in n.split() or "Where" in n) for n in by_name), sorted(by_name)


def test_topics_named_in_other_words_but_not_inside_a_proper_name():
    from migration_kg.assist.candidates import topic_variant_spans

    text = ("The International Organization for Migration spoke on the return of migrants and on building the "
            "capacity of national institutions. Return. Migration.")
    registry = Registry({
        "return-migration": Entity("return-migration", "topic", "return migration"),
        "national-capacity-building": Entity("national-capacity-building", "topic", "national capacity building"),
        "international-migration": Entity("international-migration", "topic", "international migration"),
    })
    found = {(text[a:b], e) for a, b, e in topic_variant_spans(text, registry, cues=[])}
    assert found == {("return of migrants", "return-migration"),
                     ("building the capacity of national", "national-capacity-building")}, found
    # "internal" is not "international": their words share five letters
    registry["internal-migration"] = Entity("internal-migration", "topic", "internal migration")
    text = "It regulates international recruitment and protects migrants. Many internal migrants move to towns."
    found = {(text[a:b], e) for a, b, e in topic_variant_spans(text, registry, cues=[])}
    assert found == {("international recruitment and protects migrants", "international-migration"),
                     ("internal migrants", "internal-migration")}, found


def test_people_after_their_post_groups_in_lower_case_offices_and_big_cities():
    text = ("The briefing was opened by State Minister for Coastal Affairs Tomas Berg, who thanked the agency. "
            "IOM Chief of Mission Lena Ortiz highlighted the role of diaspora professionals. Speakers include "
            "Ana Ruiz, Valoria's former Minister of Labour. The seminar was organized by IOM Ethiopia for "
            "government officials, NGO representatives and industrialized countries in the capital, Nairobi. "
            "The Deputy Minister of Foreign Affairs and International Cooperation, Ian Holm, has received them.")
    by_name = _by_name(text)
    _assert_kind(by_name, "person", "Tomas Berg", "Lena Ortiz", "Ana Ruiz", "Ian Holm")
    _assert_kind(by_name, "collective", "diaspora professionals", "government officials", "NGO representatives",
                 "industrialized countries")
    assert by_name["IOM Ethiopia"].kind == "organisation"
    assert by_name["Nairobi"].kind == "place"
    assert not any("Minister" in name for name in by_name), sorted(by_name)  # a post is no body


def test_world_regions_professors_an_agencys_city_office_and_groups_of_bodies():
    text = ("The training for East Africa and Latin America and the Caribbean was held by IOM Belgrade. "
            "A study by Adams Bodomo, a Ghanaian professor of African studies, was presented to microfinance "
            "institutions and money transfer companies of the SADC region.")
    by_name = _by_name(text)
    _assert_kind(by_name, "place", "East Africa", "Latin America")
    assert by_name["Adams Bodomo"].kind == "person"
    assert by_name["IOM Belgrade"].kind == "organisation"
    assert by_name["microfinance institutions"].kind == "collective"
    assert by_name["money transfer companies"].kind == "collective"


def test_groups_listed_by_one_word_governments_un_entities_and_bodies_beside_people():
    text = ("The forum brought together parliamentarians, businesses, diaspora associations and governments. "
            "The network unites the UN, the Government of Ghana, civil society, private sector and media. "
            "This time, UN Women will also join. The Deputy Chair of the Committee for Family Affairs, Ms. Dina "
            "Rahimova underscored the need. Paul Lind, Director of the Coastal Institute for Social Development "
            "and Clara Mendes, Director of the Harbour Foundation, spoke. The meeting is organized by the "
            "Bishkek-based Regional Centre for Return Issues. Representatives of the OSCE Centre in Almaty came. "
            "It invites stakeholders including academia, business, mayors, youth and women, and fosters trust among "
            "local governments, investors and cities. The platform joins companies, labor unions, attorneys, "
            "activists and bishops.")
    by_name = _by_name(text)
    _assert_kind(by_name, "collective", "parliamentarians", "businesses", "governments", "civil society",
                 "private sector", "media", "business", "mayors", "youth", "women", "local governments", "investors",
                 "cities", "labor unions", "attorneys", "activists", "bishops")
    _assert_kind(by_name, "organisation", "Government of Ghana", "UN Women", "Committee for Family Affairs",
                 "Coastal Institute for Social Development", "Regional Centre for Return Issues",
                 "OSCE Centre in Almaty")
    assert by_name["Dina Rahimova"].kind == "person" and by_name["Clara Mendes"].kind == "person"
    assert not any(w in name for name in by_name for w in ("based", "Representatives", "Mendes and", "Development and"))
    assert "Ghana" in by_name  # the country too


def test_people_after_stacked_titles_and_portfolios_and_a_bodys_units_named_whole():
    text = ("The panel, chaired by Council President Ambassador Baudelaire Ndong Ella, will include Valoria's Under "
            "Secretary of State for Foreign Affairs Benedetto della Vedova, and the Special Rapporteur on the Rights "
            "of Migrants Ana Crespo. Coastal Deputy Director General Lena Holt will attend. Commissioners Eva Lind "
            "(Home Affairs) and Tomas Berg (Development) signed. ADEPT Interim Executive Director Omar Faal "
            "participated. Government officials, parliamentarians and experts met the SADC Secretariat, UNU-CRIS "
            "and UNU-EHS.")
    by_name = _by_name(text)
    _assert_kind(by_name, "person", "Baudelaire Ndong Ella", "Benedetto della Vedova", "Ana Crespo", "Lena Holt",
                 "Eva Lind", "Tomas Berg", "Omar Faal")
    _assert_kind(by_name, "organisation", "SADC Secretariat", "UNU-CRIS", "UNU-EHS")
    assert by_name["Government officials"].kind == "collective"
    assert not any(w in name for name in by_name for w in ("Ambassador", "State for", "General Lena")), sorted(by_name)


def test_titles_in_quotes_portfolio_lists_and_the_body_of_a_body():
    text = ('A workshop entitled "Economic benefits of labour migration: best practices" took place. The Embassy '
            'organized a three-day event on “Mixed Migration and Development”. The workshop gathered experts. SELA will '
            'organize the “Regional Meeting on Migration Policies in Latin America and the Caribbean” on 22 March. '
            'Mr. Ravi Dahal, Secretary, Ministry of Labour, Employment and Social Security, spoke. The Parliamentary '
            'Assembly of the Council of Europe hosted it. Ana Lind, Director, Growth, Poverty & Inequality Programme, '
            'spoke. He met the Bureau of Manpower, Employment and Training on Monday.')
    by_name = _by_name(text)
    _assert_kind(by_name, "event", "Economic benefits of labour migration: best practices",
                 "Mixed Migration and Development",
                 "Regional Meeting on Migration Policies in Latin America and the Caribbean")
    _assert_kind(by_name, "organisation", "Ministry of Labour, Employment and Social Security",
                 "Parliamentary Assembly of the Council of Europe", "Council of Europe",
                 "Bureau of Manpower, Employment and Training")
    assert by_name["Poverty & Inequality Programme"].kind == "programme"
    assert not any(n.startswith("Regional Meeting") and not n.endswith("Caribbean") for n in by_name), sorted(by_name)
    assert "Economic benefits of labour migration" not in by_name and "workshop gathered experts" not in by_name


def test_countries_as_the_report_writes_them_appositions_portfolio_lists_and_towns_before_their_country():
    text = ("The meeting was held in Izmir, Turkey, with Russia and the Republic of Korea. It met in Bagatelle, "
            "Mauritius. Ali Mansoor, Financial Secretary of Valoria, spoke. Omar Canuto, Vice President and Head of "
            "the Network, added. He handed over to the Minister of Economic Inclusion, Small Business, Employment "
            "and Skills, Younes Sekkouri, on Monday. Contact: Mr. Brazille Musumba | Media Advisor | IGAD Secretariat |")
    by_name = _by_name(text)
    for country, iso2 in (("Turkey", "TR"), ("Russia", "RU"), ("Republic of Korea", "KR")):
        assert by_name[country].kind == "country" and by_name[country].iso2 == iso2, (country, by_name.get(country))
    _assert_kind(by_name, "place", "Izmir", "Bagatelle")
    _assert_kind(by_name, "person", "Ali Mansoor", "Omar Canuto", "Younes Sekkouri", "Brazille Musumba")
    assert by_name["IGAD Secretariat"].kind == "organisation"
    assert not {"Small Business", "Employment and Skills", "Türkiye", "Russian Federation"} & set(by_name), sorted(by_name)


def test_events_named_with_their_ordinal_a_bodys_forum_whole_and_a_datelines_city_in_capitals():
    text = ("KUALA LUMPUR: Valoria hosted the 18th ASEAN Forum on Migrant Labour. A ceremony was held on the occasion "
            "of the 6th Ministerial Conference of the “Coastal Process”. The Third Asia-EU Dialogue on Labour "
            "Migration met. The project is funded by the IOM Development Fund with the ILO.")
    by_name = _by_name(text)
    _assert_kind(by_name, "event", "18th ASEAN Forum on Migrant Labour",
                 "6th Ministerial Conference of the Coastal Process", "Third Asia-EU Dialogue on Labour Migration")
    assert by_name["ASEAN Forum on Migrant Labour"].kind == "forum" and "IOM Development Fund" in by_name
    assert by_name["Kuala Lumpur"].kind == "place" and "KUALA LUMPUR" not in by_name
    assert by_name["ILO"].kind == "organisation"  # an acronym, not the town of Ilo


def test_groups_after_a_verb_or_from_a_list_people_by_their_plural_and_places_before_based_or_area():
    text = ("The workshop offered regional policymakers a venue.\n\nGovernment officials came with representatives "
            "from governments, employer and worker groups. Representatives from all ASEAN member states, local NGOs "
            "and Syrian refugees met. The fund targets Kenyans in the Diaspora. The Bishkek-based Centre for Return "
            "works in the Euro-African area.")
    by_name = _by_name(text)
    _assert_kind(by_name, "collective", "regional policymakers", "Government officials", "governments",
                 "ASEAN member states", "local NGOs", "Syrian refugees")
    assert by_name["Kenya"].kind == "country"
    assert by_name["Bishkek"].kind == "place" and by_name["Euro-African area"].kind == "place"
    assert by_name["Centre for Return"].kind == "organisation"
    assert not any(n.startswith(("offered", "Bishkek-based")) for n in by_name), sorted(by_name)


def test_more_titles_venues_curly_apostrophes_and_kinds_from_plural_heads():
    text = ("The agreement was signed by the Chief of IOM Mission to Valoria, Montaria and Lakeland, Jorge Peraza, "
            "and by Omar Diop, CEO of the Harbour Fund. CFO Secretary Imelda Nicolas said on Tuesday in Manila "
            "Hotel that Côte d’Ivoire joined the Bangkok Statement, with the Overseas Filipinos and the African "
            "Diaspora Organisations.")
    by_name = _by_name(text)
    _assert_kind(by_name, "person", "Jorge Peraza", "Omar Diop", "Imelda Nicolas")
    assert by_name["Manila Hotel"].kind == "place" and by_name["Côte d'Ivoire"].kind == "country"
    assert by_name["Bangkok Statement"].kind == "publication"
    assert by_name["Overseas Filipinos"].kind == "collective" and by_name["African Diaspora Organisations"].kind == "collective"
    assert not any("Tuesday" in n or n.startswith("CEO") for n in by_name), sorted(by_name)


def test_a_country_name_in_title_case_is_the_country_not_a_crash():
    text = ("The opening speech was given by the Director General of the Police Agency, Ministry Of Public "
            "Security, Socialist Republic Of Viet Nam. Delegates from the Republic Of Korea attended.")
    by_name = _by_name(text)
    assert by_name["Socialist Republic of Viet Nam"].iso2 == "VN"  # as the report writes it
    assert by_name["Republic of Korea"].iso2 == "KR"


def test_regions_parts_of_a_country_provinces_and_a_city_before_a_date_are_places():
    text = ("Geneva, Thursday 26 November 2015 - Experts from Asia and the Pacific, West Africa and Sub Saharan "
            "Africa met. The border posts in northern Ghana and the Khatlon province were renovated. The Gulf "
            "Cooperation Council spoke.")
    by_name = _by_name(text)
    _assert_kind(by_name, "place", "Geneva", "Asia and the Pacific", "West Africa", "Sub Saharan Africa",
                 "northern Ghana", "Khatlon province")
    assert "Gulf" not in by_name  # a region that qualifies a name is part of it


def test_accented_country_names_honorifics_without_a_full_stop_and_an_acronym_that_is_a_country_code():
    text = ("The meeting of the General Secretariat of the Andean Community (CAN) was held in Lima, Perú. "
            "Madam Ana Ruiz and Mr Tomas Berg spoke. Participants will include authorities from Peru. "
            "The Secretariat will present the document entitled “Migration Movements: the case of the Andes”.")
    by_name = _by_name(text)
    assert by_name["Peru"].kind == "country" and by_name["Peru"].count == 2
    assert "Canada" not in by_name and by_name["CAN"].kind == "organisation"
    assert by_name["Ana Ruiz"].kind == "person" and by_name["Tomas Berg"].kind == "person"
    assert by_name["Migration Movements: the case of the Andes"].kind == "publication"
    assert not any(n.startswith("include") for n in by_name), sorted(by_name)


def test_a_speaker_list_with_each_name_on_its_line_gives_people_not_bodies():
    paragraph = ("The panel looked at how towns in Ghana and Senegal work with the associations their migrants "
                 "have founded abroad, and at what regional governments can learn from them.")
    text = (f"{paragraph}\n{paragraph}\nDiscussion\nAna Ruiz\nHead of the Valorian Institute for Migration, Valoria\n"
            "Jan Novak\nNorland Alternative Finance Institution (NAFI), Ghana\nPeter von Berg\nDirector of the Coast Office\n")
    by_name = _by_name(text)
    _assert_kind(by_name, "person", "Ana Ruiz", "Jan Novak", "Peter von Berg")
    assert by_name["Norland Alternative Finance Institution"].acronym == "NAFI"  # not run into the name above it
    assert not any("\n" in name or name.startswith(("Discussion", "Valoria ", "Ghana ")) for name in by_name), sorted(by_name)


def test_honourables_possessives_peoples_indabas_and_two_bodies_joined_by_and():
    by_name = _by_name(
        "Representing Valoria’s Minister of the Interior, Hon. Tomas Berg, opened the Norland Indaba on Migration. "
        "Amb. Lena Ortiz chaired it. A statement of President Ana Ruiz’s Special Adviser thanked Ghanaians in the Diaspora. The "
        "Valorian Association for Regional Cooperation and Association of Northern Island States sent observers "
        "who welcomed the Norland Declaration for Refugees and Migrants.")
    _assert_kind(by_name, "person", "Tomas Berg", "Lena Ortiz", "Ana Ruiz")
    _assert_kind(by_name, "event", "Norland Indaba on Migration")
    _assert_kind(by_name, "collective", "Ghanaians in the Diaspora")
    _assert_kind(by_name, "organisation", "Valorian Association for Regional Cooperation",
                 "Association of Northern Island States")
    _assert_kind(by_name, "agreement", "Norland Declaration for Refugees and Migrants")
    assert not any(name.startswith("Representing") or "’s" in name for name in by_name), sorted(by_name)


def test_datelines_in_title_case_and_month_first_and_more_regions():
    by_name = _by_name("Nairobi: The ministers met for two days. Mombasa, November 4 - Delegates from the Americas, "
                       "the Pacific Islands and Southwest Europe attended.")
    _assert_kind(by_name, "place", "Nairobi", "Mombasa", "Americas", "Pacific Islands", "Southwest Europe")


def test_a_programme_of_speakers_with_their_posts_and_the_kinds_of_state_bodies():
    by_name = _by_name(
        "Valoria University\n\nAna Ruiz, Senior Technical Advisor and Manager of the Coastal Remittance Facility, IFAD\n\n"
        "Jan Novak, Senior Fellow, Harbour Institution; Lena Ortiz, Senior Economist, World Bank; Tomas Berg, "
        "Permanent Observer to the UN, IOM; Mia Holm, Academic and researcher, Valoria University. The State "
        "Chancellery of Valoria, the Administration of the President and the United Nations Development Programme "
        "(UNDP) welcomed the MoU.")
    _assert_kind(by_name, "person", "Ana Ruiz", "Jan Novak", "Lena Ortiz", "Tomas Berg", "Mia Holm")
    _assert_kind(by_name, "organisation", "Harbour Institution", "State Chancellery of Valoria",
                 "Administration of the President", "United Nations Development Programme")
    _assert_kind(by_name, "agreement", "MoU")
    assert not any(name.startswith(("Senior", "Permanent Observer", "Valoria University\n")) for name in by_name), \
        sorted(by_name)


def test_a_text_with_a_paragraph_on_one_long_line_is_not_read_as_wrapped():
    from migration_kg.assist.candidates import hard_wrapped

    wrapped = "\n".join(["The ministers of the coastal states met in the port city to talk about seasonal"] * 6)
    assert hard_wrapped(wrapped)
    assert not hard_wrapped(wrapped + "\n" + "The panel looked at return and at remittances. " * 8)


def test_towns_listed_with_a_city_advisers_with_an_article_and_no_weekdays_or_modifiers():
    by_name = _by_name(
        "Return discussed in Mombasa on Friday\n\nThe centre has offices in Nairobi, Kitwe Vale, Lodwa and Marsabi. "
        "Ana Ruiz, an Adviser to the Valorian President, spoke at an OSCE-supported meeting with local NGOs and "
        "Valoria’s ministries.")
    _assert_kind(by_name, "place", "Nairobi", "Kitwe Vale", "Lodwa", "Marsabi")
    _assert_kind(by_name, "person", "Ana Ruiz")
    assert not any(n.endswith("Friday") or n.endswith("-supported") or n.startswith("s ") for n in by_name), sorted(by_name)


def test_people_who_represent_or_work_at_a_body_or_are_its_focal_point():
    by_name = _by_name("Speakers were Ana Ruiz, representative of the Harbour Foundation, Jan Novak, working at the "
                       "Diaspora Unit of the Ministry of Coasts, and Lena Ortiz, Focal Point of the Return Network.")
    _assert_kind(by_name, "person", "Ana Ruiz", "Jan Novak", "Lena Ortiz")
    assert "Focal Point of the Return Network" not in by_name


def test_engineers_and_chief_directors_are_people():
    by_name = _by_name("The team met the Secretary General of the Ministry of Coasts, Eng. Tomas Berg, on Monday. "
                       "The minister, in a speech read by the Ministry’s Chief Director, Ana Ruiz, said it would help.")
    _assert_kind(by_name, "person", "Tomas Berg", "Ana Ruiz")


def test_speakers_of_bodies_displaced_groups_and_bodies_after_a_portfolio():
    by_name = _by_name(
        "Quoting World Bank figures, keynote speaker Ana Ruiz of the Harbour Foundation said that 2.5 million "
        "refugees, 1.2 million asylum seekers and 3.1 million internally displaced persons live in the region.\n"
        "Valorian Centre for Return, Ambassador Jan Novak\nUNDP Resident Representative spoke next. The Ministry for "
        "Coastal Welfare and Overseas Employment and Ministry of Foreign Affairs of Valoria took part.")
    _assert_kind(by_name, "person", "Ana Ruiz", "Jan Novak")
    _assert_kind(by_name, "collective", "refugees", "asylum seekers", "internally displaced persons")
    _assert_kind(by_name, "organisation", "World Bank", "Ministry for Coastal Welfare and Overseas Employment",
                 "Ministry of Foreign Affairs of Valoria")
    assert not any(n.startswith(("Quoting", "million")) or "Resident Representative" in n or "\n" in n
                   for n in by_name), sorted(by_name)


def test_people_before_lower_case_or_long_posts_and_after_presentation_by():
    by_name = _by_name("Ana Ruiz, chief of Mission for the Harbour Foundation, said it would help. Tomas Berg, UN resident "
                       "coordinator in Valoria, agreed. Jan Novak, Valoria's principal secretary for immigration, "
                       "spoke. Lena Ortiz, a Training and Learning Management Coordinator within the Agency, led it.\n"
                       "Presentation by Peter Holm\nChief of Mission of the Coast Office\n")
    _assert_kind(by_name, "person", "Ana Ruiz", "Tomas Berg", "Jan Novak", "Lena Ortiz", "Peter Holm")


def test_venues_are_places_not_bodies_or_events():
    by_name = _by_name("The forum was held at the Lorvik International Conference Centre. Its second day was at the Delta "
                       "University Lorvik Campus. The Harbour Centre for Return funds it.")
    _assert_kind(by_name, "place", "Lorvik International Conference Centre", "Delta University Lorvik Campus")
    _assert_kind(by_name, "organisation", "Harbour Centre for Return")


def test_cities_before_their_country_or_after_capital_groups_with_a_possessive_and_events_opening_a_sentence():
    by_name = _by_name("12 May 2025 (DIRE DAWA, Ethiopia): A workshop on labour mobility and skills was held for "
                       "employers’ organizations and workers' organizations. Its second day was in the Botswana "
                       "capital, Gaborone. The meeting closed.")
    _assert_kind(by_name, "place", "Dire Dawa", "Gaborone")
    _assert_kind(by_name, "collective", "employers’ organizations", "workers' organizations")
    _assert_kind(by_name, "event", "workshop on labour mobility and skills")
    assert "meeting" not in by_name and "Botswana capital" not in by_name, sorted(by_name)


def test_an_acronym_opening_an_event_name_stays_in_it_and_a_heading_city_is_cut_off():
    by_name = _by_name("HBF Impact Event: ten years of partnerships\n\nHBF Final Conference Addis Ababa, Ethiopia, April "
                       "2010\n\nThe Harbour Bay Fund (HBF) met there.")
    _assert_kind(by_name, "event", "HBF Impact Event", "HBF Final Conference")
    _assert_kind(by_name, "place", "Addis Ababa")
    assert not {"Impact Event", "HBF Final Conference Addis Ababa"} & set(by_name), sorted(by_name)


def test_groups_after_a_verb_or_a_heading_and_listed_after_by_or_before_with():
    by_name = _by_name("Return and Development\n\nGovernment officials met. The scheme helps by offering diaspora donors tax "
                       "relief. It brought together officials, employers and civil society with the aim of building "
                       "trust. Ministries, think tanks and donors took part. The projects, in three towns, were undertaken by returnees.")
    _assert_kind(by_name, "collective", "Government officials", "diaspora donors", "civil society", "think tanks",
                 "returnees")
    assert not {"Development Government officials", "offering diaspora donors"} & set(by_name), sorted(by_name)


def test_people_after_a_title_and_honorific_after_an_acronyms_post_and_in_a_programmes_list():
    by_name = _by_name("The Harbour Bank President, Mr. Tomas Berg, opened it. It was facilitated by Ms Ana Ruiz, integration "
                       "expert and Mr Jan Novak, HBF Senior Project Manager. Lena Ortiz, HBF’s Capacity Development Manager, "
                       "took part. HBF Director, Omar El-Amin, closed it.\n\nOpening remarks\n\n- Peter Holm, HBF, Valoria "
                       "University\n\n- Maria Lund, Delta Foundation\n")
    _assert_kind(by_name, "person", "Tomas Berg", "Ana Ruiz", "Jan Novak", "Lena Ortiz", "Omar El-Amin", "Peter Holm",
                 "Maria Lund")
    assert not {"Mr", "Dr"} & set(by_name), sorted(by_name)


def test_an_events_length_and_what_comes_before_it_are_no_part_of_its_name_and_a_title_after_organizing():
    by_name = _by_name("The Harbour Foundation organised an interactive two-day workshop on the Return Policy Cycle in May. "
                       "Valoria is organizing a “Conference on Return and the Coastal Agenda” for June.")
    _assert_kind(by_name, "event", "workshop on the Return Policy Cycle", "Conference on Return and the Coastal Agenda")
    assert not any(n.startswith("interactive") for n in by_name), sorted(by_name)


def test_people_before_of_and_a_body_initials_inside_a_name_and_names_after_a_year():
    by_name = _by_name("Lena Ortiz of the Valoria Policy Institute said that diasporas matter. Speakers included Omar Sahin "
                       "of the Harbour Bank and Jan Novak of HBF. The Commissioner for Employment and Social Affairs of the "
                       "Coastal Commission spoke. The study was funded by the Ana B. and Peter T. Holm Foundation. It is "
                       "co-financed under the Coastal Financial Mechanism for 2014-2021. The Forum reviewed the Action "
                       "Plan (2018-2025) of the HBF Consensus on the Rights of Migrant Workers.")
    _assert_kind(by_name, "person", "Lena Ortiz", "Omar Sahin", "Jan Novak")
    _assert_kind(by_name, "organisation", "Valoria Policy Institute", "Ana B. and Peter T. Holm Foundation")
    _assert_kind(by_name, "programme", "Coastal Financial Mechanism")
    _assert_kind(by_name, "agreement", "HBF Consensus on the Rights of Migrant Workers")
    assert not {"Social Affairs", "Ana B", "Peter T"} & set(by_name), sorted(by_name)
    assert not [n for n in by_name if n.startswith(("Lena Ortiz of", "Coastal Financial Mechanism for"))], sorted(by_name)


def test_an_undertakings_kind_from_the_noun_before_its_title_or_after_its_acronym():
    by_name = _by_name("KOMPLEKS: Comprehensive Support. The KOMPLEKS project is co-financed by the HBF. The EU-funded "
                       "project “Coastal Migration Management (CMM)” holds a workshop. It was organised within the "
                       "programme “Labour Strategy in Valoria” that ICMPD runs. The IOM project helps. IOM said so.")
    _assert_kind(by_name, "project", "KOMPLEKS", "Coastal Migration Management")
    _assert_kind(by_name, "programme", "Labour Strategy in Valoria")
    _assert_kind(by_name, "organisation", "IOM", "HBF")
    assert by_name["Coastal Migration Management"].acronym == "CMM"


def test_the_names_within_a_meetings_name_after_of_the():
    by_name = _by_name("The Fifth Meeting of the HBF Committee on the Implementation of the HBF Declaration on the Rights of "
                       "Migrant Workers was held. The Ministry of the Interior spoke.")
    _assert_kind(by_name, "event", "Fifth Meeting of the HBF Committee on the Implementation of the HBF Declaration on the "
                                   "Rights of Migrant Workers")
    _assert_kind(by_name, "organisation", "HBF Committee on the Implementation of the HBF Declaration on the Rights of "
                                          "Migrant Workers", "Ministry of the Interior")
    _assert_kind(by_name, "agreement", "HBF Declaration on the Rights of Migrant Workers")
    assert "Interior" not in by_name


def test_embassies_keep_their_place_a_government_by_its_adjective_and_two_people_before_their_posts():
    by_name = _by_name("It fosters a dialogue with the Swiss government and civil society. The Valorian Embassy in Japan "
                       "attended.\nLena Ortiz & Omar Sahin, Coordinators, Coastal Civil Society Platform\nOfficial Launch "
                       "of the Coastal Civil Society Platform")
    _assert_kind(by_name, "organisation", "Swiss government", "Valorian Embassy in Japan")
    _assert_kind(by_name, "person", "Lena Ortiz", "Omar Sahin")
    assert "Official Launch" not in by_name, sorted(by_name)


def test_groups_named_by_a_body_and_a_lower_case_plural_but_not_by_a_number_or_a_verb():
    by_name = _by_name("Delegates from the HBF focal points of all member states attended. It was adopted by the Harbour "
                       "Process partners. The Norwegian experts and local administrations joined. "
                       "Twenty-two participants came to provide participants with tools.")
    _assert_kind(by_name, "collective", "HBF focal points", "Harbour Process partners", "Norwegian experts",
                 "local administrations")
    assert not {"Twenty-two participants", "provide participants"} & set(by_name), sorted(by_name)


def test_the_event_a_pages_headline_names():
    def headline_events(text):
        doc, _ = example_document(text)
        return {c.name: c.kind for c in candidates_in(doc, Registry()).candidates if "headline" in c.how}

    assert headline_events("Project News: Hosting and integrating migrant workers. Workshop in Port Valo, Poland.\n\n"
                           "19 September 2019\nOn 19 September the Harbour Foundation held a workshop.") == {
        "Hosting and integrating migrant workers. Workshop in Port Valo": "event"}
    assert headline_events("Joint Seminars hosted by Sending Organizations\n\nJoint Seminar with Sending Organizations in "
                           "Valoria\n\nThe seminar met.") == {
        "Joint Seminars hosted by Sending Organizations": "event-series",
        "Joint Seminar with Sending Organizations in Valoria": "event"}
    assert headline_events("Launch of the Coastal Migration Project\n\nMay 30, 2023\nThe project was launched.") == {
        "Launch of the Coastal Migration Project": "event"}
    assert headline_events("Coastal Bodies Strengthen Cooperation on Return\n\nThe meeting of the Harbour Foundation "
                           "was held in May and it reviewed the plan.") == {}


def test_a_countrys_government_or_mission_named_after_a_registered_country():
    doc, _ = example_document("The meeting was convened at the Embassy of the Republic of Valoria in Port Valo. The "
                              "Government of Montaria spoke.")
    registry = Registry({"valoria": Entity("valoria", "country", "Valoria", aliases=["Republic of Valoria"]),
                         "montaria": Entity("montaria", "country", "Montaria")})
    by_name = _named(doc, registry)
    _assert_kind(by_name, "organisation", "Embassy of the Republic of Valoria in Port Valo", "Government of Montaria")


def test_a_body_before_its_attributive_or_its_unit_and_a_declaration_with_its_action_plan():
    by_name = _by_name("The Harbour Foundation, with support from the Coastal Union-funded project, holds a workshop. It "
                       "builds on the Port Valo Political Declaration and Action Plan - the current framework. It is "
                       "funded by the Coastal Commission Structural Reform Support Service (SRSS).")
    _assert_kind(by_name, "organisation", "Coastal Union", "Coastal Commission",
                 "Coastal Commission Structural Reform Support Service")
    _assert_kind(by_name, "agreement", "Port Valo Political Declaration and Action Plan")


def test_a_bodys_office_named_with_its_country_and_the_kinds_of_mechanisms_frameworks_and_profiles():
    by_name = _by_name("Sessions were led by the International Justice Mission Thailand and the Harbour Foundation. The Coastal "
                       "Consultation Mechanism met. It implements the Regional Cooperation Framework and the Extended "
                       "Migration Profiles.")
    _assert_kind(by_name, "organisation", "International Justice Mission Thailand")
    _assert_kind(by_name, "process", "Coastal Consultation Mechanism")
    _assert_kind(by_name, "policy", "Regional Cooperation Framework")
    _assert_kind(by_name, "publication", "Extended Migration Profiles")


def test_country_acronyms_groups_of_heads_places_before_based_and_a_registered_name_within_a_registered_name():
    by_name = _by_name("IOM will act on the crisis in the DRC. The SADC Heads of Immigration met the Rome-headquartered "
                       "Harbour Fund.")
    assert [c.kind for c in by_name.values() if c.acronym == "DRC"] == ["country"], sorted(by_name)
    _assert_kind(by_name, "collective", "SADC Heads of Immigration")
    _assert_kind(by_name, "place", "Rome")
    doc, _ = example_document("The Regional Support Office of the Coastal Process opened.")
    registry = Registry({"rso": Entity("rso", "organisation", "Regional Support Office of the Coastal Process"),
                         "coastal-process": Entity("coastal-process", "process", "Coastal Process")})
    assert {k.id for k in candidates_in(doc, registry).known} == {"rso", "coastal-process"}


def test_a_countrys_people_diasporas_places_listed_before_regions_and_a_word_listed_with_acronyms():
    by_name = _by_name("Victims include Moroccans trafficked to Europe. The project, supporting migrants, reaches the "
                       "Ghanaian diaspora and the Albanian Diaspora in Germany. It works in Lorvik, Ardena and Port Valo "
                       "regions and in Sella and Grand-Mora among the counties. Sessions were led by HBF, Seawatch, A21 and "
                       "CMO. Delegates came from CMO, Geneva and HBF.")
    _assert_kind(by_name, "collective", "Moroccans", "Ghanaian diaspora", "Albanian Diaspora")
    _assert_kind(by_name, "place", "Lorvik", "Ardena", "Port Valo", "Sella", "Grand-Mora", "Geneva")
    _assert_kind(by_name, "organisation", "Seawatch", "A21", "CMO", "HBF")
    assert "supporting migrants" not in by_name, sorted(by_name)


def test_people_after_a_word_for_what_they_do_or_a_title_with_its_place():
    by_name = _by_name("Join HBF researcher Ana Ruiz and Jan Novak for a talk. The Minister spoke through her deputy, "
                       "Kofi Mensah at the event. Also taking part is Rita Solberg, a migrant from Valoria. HBF Head of "
                       "Office in Port Valo Jewel Amari noted the plan.")
    _assert_kind(by_name, "person", "Ana Ruiz", "Jan Novak", "Kofi Mensah", "Rita Solberg", "Jewel Amari")


def test_a_year_in_a_vision_a_registered_bodys_own_name_and_sectors_named_on_their_own():
    doc, _ = example_document("It is in line with the HBF Vision 2050, Agenda 2063 and the CMO Charter. Officials from HBF "
                              "Member States met. The FFR works with governments and in partnership with the private sector "
                              "and the civil society. It gathered insights from both academia and practitioners. The morning "
                              "session was opened by the Chair.")
    registry = Registry({"hbf": Entity("hbf", "organisation", "Harbour Business Forum", acronyms=("HBF",))})
    by_name = _named(doc, registry)
    _assert_kind(by_name, "policy", "HBF Vision 2050", "Agenda 2063")
    _assert_kind(by_name, "agreement", "CMO Charter")
    _assert_kind(by_name, "collective", "HBF Member States", "governments", "private sector", "civil society", "academia")
    _assert_kind(by_name, "event", "morning session")


def test_a_publications_title_in_quotes_but_not_words_quoted_from_it():
    by_name = _by_name("The study “Return and Skills in Valoria” was published. According to the Harbour Department’s "
                       "annual report, “Valoria is seen as a destination for adults.” Valoria and Montaria met.")
    _assert_kind(by_name, "publication", "Return and Skills in Valoria")
    assert not any(name.startswith("Valoria is seen") for name in by_name), sorted(by_name)


def test_a_body_before_an_attributive_and_a_processs_chair_a_country_holds():
    by_name = _by_name("The HBF-funded project and a CMO-led effort met. The Turkish CRP Chair convened the meeting; the "
                       "French Chair closed it. The Chair thanked them.")
    _assert_kind(by_name, "organisation", "HBF", "CMO", "Turkish CRP Chair", "French Chair")
    assert "Chair" not in by_name, sorted(by_name)


def test_a_name_a_persons_pronoun_refers_to_is_a_person():
    by_name = _by_name("Jan Lisko returned to his home country in May. The Harbour Group opened its office. Coastal Ventures "
                       "opened an office.")
    _assert_kind(by_name, "person", "Jan Lisko")
    _assert_kind(by_name, "organisation", "Harbour Group", "Coastal Ventures")


def test_a_name_with_a_profession_a_department_or_a_contacts_label_is_a_person():
    by_name = _by_name("Speakers:\n  • Seyran Ateş, Lawyer, Author\n\nContact: Lena Okafor – Department Migration\n\n"
                       "Contact person\n\nAstrid Mahler\nHarbour Union\n\nShe spoke at the opening. Credit: Harbour "
                       "Group/Kate Lind\n\nCoastal Ventures, Valoria, opened an office.")
    _assert_kind(by_name, "person", "Seyran Ateş", "Lena Okafor", "Astrid Mahler", "Kate Lind")
    _assert_kind(by_name, "organisation", "Coastal Ventures")


def test_an_agencys_acronym_before_a_country_names_its_country_office():
    # the agency registered: its name does not hide the office
    doc, _ = example_document("Mr. Ivo Dal, Head of Office a.i at HFR Sierra Leone, spoke. HFR Donates Boats to "
                              "Strengthen Ghana’s Coast Guard. The HFR Ghana-based team came. In the context of HFR "
                              "Bangladesh’s long relationship with Valoria, HFR UK co-hosted a seminar.")
    registry = Registry({"hfr": Entity("hfr", "organisation", "Harbour Foundation for Return", acronyms=("HFR",))})
    by_name = _named(doc, registry)
    # the office's own possessive; a country by its usual letters
    for office in ("HFR Sierra Leone", "HFR Bangladesh", "HFR UK"):
        _assert_kind(by_name, "organisation", office)
    assert not {"HFR Ghana", "HFR Donates"} & set(by_name), sorted(by_name)


def test_world_regions_joined_by_an_ampersand_are_one_place():
    by_name = _by_name("Events: Middle East & Central Asia: Skills transfer. South & South-East Asia & the Pacific: Potential.")
    _assert_kind(by_name, "place", "Middle East & Central Asia", "South & South-East Asia & the Pacific")


def test_two_groups_sharing_their_noun_are_both_candidates():
    by_name = _by_name("It brings together member states, international and non-governmental organizations. HBF, CMO, "
                       "National and International NGOs met. Both sending and receiving countries came.")
    _assert_kind(by_name, "collective", "international organizations", "non-governmental organizations", "National NGOs",
                 "International NGOs", "sending countries", "receiving countries")
    assert "National" not in by_name and "Both sending" not in " ".join(by_name), sorted(by_name)


def test_an_undertakings_title_in_quotes_before_its_kind_and_a_bodys_agenda():
    by_name = _by_name("It is part of HBF’s ‘Returning to New Harbours’ programme. It follows the “Coastal Affairs” "
                       "Programme. The CMO Common Agenda applies.")
    _assert_kind(by_name, "programme", "Returning to New Harbours", "Coastal Affairs Programme")
    _assert_kind(by_name, "policy", "CMO Common Agenda")


def test_a_name_with_for_a_and_a_programme_with_its_phase_numeral_are_whole():
    by_name = _by_name("Reference was made to the Summit for a New Coastal Financing Pact in Paris. It gathered HBF "
                       "Migration IV and CMO. They voted for a new plan.")
    _assert_kind(by_name, "event", "Summit for a New Coastal Financing Pact")
    assert "HBF Migration IV" in by_name, sorted(by_name)


def test_sessions_panels_ceremonies_and_groups_of_senior_level_officials_and_counterparts():
    by_name = _by_name("It highlighted data (panel 1) and the local dimension (panel 2). A first session for 25 officials "
                       "opened. He spoke at the opening ceremony. It gathered over 80 senior-level officials. The Harbour "
                       "Bank is proud to join government counterparts.")
    _assert_kind(by_name, "event", "panel 1", "panel 2", "first session", "opening ceremony")
    _assert_kind(by_name, "collective", "senior-level officials", "government counterparts")


def test_a_policy_named_in_lower_case_words_with_what_makes_it_one():
    by_name = _by_name("They discussed the new diaspora strategy and legislation. Valoria adopted a national labour "
                       "migration policy. The policy of the day was silence.")
    _assert_kind(by_name, "policy", "new diaspora strategy", "national labour migration policy")
    assert not any(name.startswith("policy") for name in by_name), sorted(by_name)


def test_an_agreement_named_in_lower_case_words_with_a_word_that_says_which():
    by_name = _by_name("The two ministries signed a labour agreement and a mutual cooperation agreement. They renewed the "
                       "agreement of 2010 and two similar MoUs.")
    _assert_kind(by_name, "agreement", "labour agreement", "mutual cooperation agreement", "similar MoUs")
    assert not any(name.startswith("agreement") for name in by_name), sorted(by_name)


def test_a_bodys_office_in_a_country_after_a_persons_title_is_no_person():
    by_name = _by_name("Ana Ruiz Lema, Chief of Mission, HBF Ghana indicated that skills travel.")
    _assert_kind(by_name, "organisation", "HBF Ghana")
    _assert_kind(by_name, "person", "Ana Ruiz Lema")


def test_names_on_lines_next_to_each_other_are_people_but_not_countries():
    doc, _ = example_document("Speakers\n\nAna Ruiz\nAna Ruiz\nTomas Berg\n\nNorth Macedonia\nSouth Africa\n\nThe panel met.")
    by_name = {c.name: c for c in candidates_in(doc, Registry()).candidates}
    _assert_kind(by_name, "person", "Ana Ruiz", "Tomas Berg")
    _assert_kind(by_name, "country", "North Macedonia", "South Africa")


def test_a_pages_field_label_before_its_colon_is_no_part_of_a_name():
    by_name = _by_name("When : 11 May 2013 Venue : HBF Centre Location : Lorvik Applicable Countries: Valoria")
    assert not any("Countries" in name or "Location" in name for name in by_name), sorted(by_name)


def test_a_name_in_apposition_after_a_title_and_its_body_is_a_person():
    by_name = _by_name("The Chief Director of the Ministry for the Interior, Ana Ruiz-Lema, launched it. The UN Resident "
                       "Coordinator, Tomas Berg, said so. The representative of Harbour Watch (Civil Society), Ian Holm, "
                       "spoke. The Director of the Office, Coastal Migration Unit, agreed.")
    _assert_kind(by_name, "person", "Ana Ruiz-Lema", "Tomas Berg", "Ian Holm")
    assert by_name["Coastal Migration Unit"].kind != "person", by_name["Coastal Migration Unit"]


def test_honorifics_in_words_a_list_of_country_codes_a_peoples_plural_and_kind_words_of_texts():
    by_name = _by_name("Members in USA, UK, Germany and Italy came. It was led by his Excellency Tomas Berg. The chair, Sir "
                       "Ian Holm, spoke. It was opened by Minister Plenipotentiary Ana Ruiz, Director of the Department. "
                       "Many Sri Lankans work abroad. It follows the Pact on Coastal Mobility, the Standard Operating "
                       "Procedures on Return and the Valorian Border Manual.")
    _assert_kind(by_name, "country", "United Kingdom")
    _assert_kind(by_name, "person", "Tomas Berg", "Ian Holm", "Ana Ruiz")
    _assert_kind(by_name, "collective", "Sri Lankans")
    _assert_kind(by_name, "policy", "Pact on Coastal Mobility", "Standard Operating Procedures on Return")
    _assert_kind(by_name, "publication", "Valorian Border Manual")
    assert not any(w in name for name in by_name for w in ("Excellency", "Sir ", "Plenipotentiary", "UK")), sorted(by_name)


def test_a_possessive_inside_a_name_and_a_town_before_its_country_in_a_dateline():
    by_name = _by_name("02 May 2019, Lorvikstad, Djibouti: The Ghana Police Service and the Attorney-General’s Office met "
                       "the Ministry of Public Security of the People's Republic of China. Iran’s Kish Island hosted it.")
    _assert_kind(by_name, "place", "Lorvikstad", "Kish Island")
    _assert_kind(by_name, "organisation", "Attorney-General’s Office",
                 "Ministry of Public Security of the People's Republic of China")
    assert "Ministry of Public Security of the People" not in by_name, sorted(by_name)


@pytest.mark.parametrize("text, kind, names", [
    # a run of capitalised words ends with its sentence
    ("They met partners to the dialogue (HBF, Coastal Union). Others came.", "organisation", ["HBF", "Coastal Union"]),
    # countries named by their part in migration are a group
    ("Growth in both countries of origin and destination matters. Cooperation with countries of transit is key. "
     "Countries of origin, transit and destination met.", "collective",
     ["countries of origin and destination", "countries of transit", "Countries of origin, transit and destination"]),
    # a person after a research title
    ("From the Harbour Institute, Research Fellow Tomas Berg and Research Assistant Ian Holm attended.", "person",
     ["Tomas Berg", "Ian Holm"]),
    # a title after the name, in brackets or with "former"; a person beside "said" after a quote; more honorifics
    ("Speakers were Lena Ortiz (Migration Expert and Consultant), Ravi Anand Kumar (Harbour Union Representative to "
     "the Council) and Tomas Berg, former Valoria Commissioner for Home Affairs. “Mobility grows,” Ana Ruiz said. "
     "It was co-hosted by MEP Jon Varga (Greens) and Fr. Piet Alder.", "person",
     ["Lena Ortiz", "Ravi Anand Kumar", "Tomas Berg", "Ana Ruiz", "Jon Varga", "Piet Alder"]),
    # a headline's event without its dates and place in brackets, or after the verb of who holds it
    ("Interregional Consultation on Labour Mobility from Asia to the Gulf (4-5 October 2017, Port Valo Valoria)\n\n"
     "Summary Report\n\nThe Harbour Union held it.", "event",
     ["Interregional Consultation on Labour Mobility from Asia to the Gulf"]),
    ("Harbour Migration Project hosts Media Training for the Coastal Region.\n\nThe training opened.", "event",
     ["Media Training for the Coastal Region"]),
    # a signing in a headline; its name does not run over a blank line into the dateline's town
    ("Project Signing: Promoting Safe Migration for Valorian Workers\n\nPort Valo, June 21, 2013 – The Harbour "
     "Union signed a grant agreement with the Coastal Bank.", "event",
     ["Project Signing: Promoting Safe Migration for Valorian Workers"]),
])
def test_names_read_in_their_context_have_their_kind(text, kind, names):
    by_name = _by_name(text)
    _assert_kind(by_name, kind, *names)
    assert not [n for n in by_name if "\n\n" in text and n.endswith(" Port Valo")], sorted(by_name)


def test_people_after_an_analyst_s_or_an_envoy_s_title():
    by_name = _by_name("The Harbour Institute and its Senior Policy Analyst Lena Holt will attend. The Agency's Special "
                       "Envoy Ana Ruiz spoke, and Programme Coordinator Ivo Dal closed the day.")
    _assert_kind(by_name, "person", "Lena Holt", "Ana Ruiz", "Ivo Dal")


def test_a_state_s_formal_name_is_a_country_and_an_instrument_a_programme():
    by_name = _by_name("Members include the Republic of Marshall Islands and Tuvalu. The work is funded by the European "
                       "Neighbourhood Instrument.")
    _assert_kind(by_name, "country", "Republic of Marshall Islands")
    _assert_kind(by_name, "programme", "European Neighbourhood Instrument")


def test_a_post_is_no_body_whatever_its_head_word():
    by_name = _by_name("The Head of Delegation, Ms. Ana Ruiz, spoke. The Harbour Institute's Senior Policy Analyst Lena Holt "
                       "and the Valoria Chief of Mission met.")
    assert not {"Head of Delegation", "Harbour Institute's Senior Policy Analyst", "Senior Policy Analyst",
                "Valoria Chief of Mission"} & set(by_name), sorted(by_name)


def test_names_in_a_bulleted_list_and_two_one_word_names_joined_by_and():
    by_name = _by_name("The meeting had many partners: • Harbour Institute • Coastal Bank • VMO. Frontex and Helvetas "
                       "sent experts, with European and African states.")
    _assert_kind(by_name, "organisation", "Harbour Institute", "Coastal Bank", "Frontex", "Helvetas")
    assert not [n for n in by_name if " and " in n or n in ("European", "African")], sorted(by_name)


def test_a_datelines_city_before_a_dash_is_a_place_and_the_name_after_it_whole():
    by_name = _by_name("BRUSSELS — The Coastal Commission is working on a new strategy with the Government of "
                       "Valoria—Ana Ruiz, its envoy, said.")
    _assert_kind(by_name, "place", "Brussels")
    _assert_kind(by_name, "organisation", "Coastal Commission")
    assert "BRUSSELS" not in by_name and not [n for n in by_name if "—" in n], sorted(by_name)


def test_a_trust_fund_is_a_programme_a_fund_for_a_purpose_a_body():
    by_name = _by_name("The Coastal Emergency Trust Fund and the Harbour Innovation Fund pay for it; the Valorian Fund for "
                       "Agricultural Development sent staff.")
    _assert_kind(by_name, "programme", "Coastal Emergency Trust Fund", "Harbour Innovation Fund")
    _assert_kind(by_name, "organisation", "Valorian Fund for Agricultural Development")


def test_a_long_first_paragraph_cut_at_400_characters_is_no_headline():
    text = ("Coastal Office News\n\nValoria's officials met in Port Valo this week, and they met again in Lorvik after the "
            "rains had ended, for the third time in as many years, to look at what the region had learned since the last "
            "meeting about the ways people move from the coast to the cities and back again, and at what the next years "
            "would bring to them.\n\n"
            "The Harbour Conference, organized by the Coastal Office in co-operation with the Valorian Ministry of "
            "Labour, brought together officials from ten countries to discuss the management of labour migration "
            "in the region and the protection of the workers who move within it, as well as the many ways in which "
            "their skills and savings could serve the places they come from and those they go to, for years to come, "
            "said the organisers.")
    assert len(text) > 400
    by_name = _by_name(text)
    _assert_kind(by_name, "event", "Harbour Conference")
    assert not [n for n in by_name if n.startswith("The Harbour Conference,")], sorted(by_name)


def test_an_event_after_a_verb_of_holding_it_without_an_article():
    by_name = _by_name("The Coastal Office organized workshops on identification and referral of victims of trafficking "
                       "for border officers in May.")
    _assert_kind(by_name, "event", "workshops on identification and referral of victims of trafficking")


def test_a_lower_case_event_after_a_city_or_a_capitalised_qualifier():
    by_name = _by_name("The Geneva workshop is organized by the Coastal Office. Valoria hosted a Regional training for "
                       "officials of border agencies on return in May. The Harbour Foundation meeting closed.")
    _assert_kind(by_name, "event", "Geneva workshop", "Regional training for officials of border agencies on return")
    assert "Harbour Foundation meeting" not in by_name, sorted(by_name)


def test_a_secretary_of_state_and_a_president_each_before_their_person():
    by_name = _by_name("The fund was unveiled by Valorian Secretary of State Ana Ruiz and HF President Jan K. Novak at the "
                       "Coastal Forum.")
    _assert_kind(by_name, "person", "Ana Ruiz", "Jan K. Novak")
    assert not {"State", "State Ana Ruiz", "Jan K"} & set(by_name), sorted(by_name)


def test_a_datelines_city_after_a_date_in_figures():
    by_name = _by_name("21-08-2017, Entebbe (Valoria): The Coastal Authority on Return opened its consultation.")
    _assert_kind(by_name, "place", "Entebbe")


def test_a_person_after_an_officers_or_a_managers_title_and_the_post_no_body():
    by_name = _by_name("CMO Senior Project Officer Ana Ruiz and Programme Manager Jan Novak underlined the importance of "
                       "return. The Coastal Senior Project Officer was absent.")
    _assert_kind(by_name, "person", "Ana Ruiz", "Jan Novak")
    assert not [n for n in by_name if "Officer" in n or "Manager" in n], sorted(by_name)


def test_a_group_named_with_the_countries_it_is_from_or_in():
    by_name = _by_name("Harbour experts from Ghana and Senegal met diaspora communities in the Netherlands and "
                       "local officials in Coastal Town.")
    _assert_kind(by_name, "collective", "Harbour experts from Ghana and Senegal", "diaspora communities in the Netherlands",
                 "local officials")


def test_a_person_after_a_title_and_before_of_and_their_body():
    by_name = _by_name("The fund was opened by Secretary Ana Ruiz of the Coastal Commission and Director Jan Novak.")
    _assert_kind(by_name, "person", "Ana Ruiz")


def test_people_after_ministers_in_lower_case():
    by_name = _by_name("Valorian Cabinet ministers Ana Ruiz and Lena Holt are committed to the plan.")
    _assert_kind(by_name, "person", "Ana Ruiz", "Lena Holt")
    assert "Ana Ruiz and Lena Holt" not in by_name, sorted(by_name)


def test_officers_judges_prosecutors_and_trainers_are_groups():
    by_name = _by_name("The workshop brought together judges, prosecutors and law enforcement officers from the region, with "
                       "national trainers from Valoria.")
    _assert_kind(by_name, "collective", "judges", "prosecutors", "law enforcement officers", "national trainers")


def test_an_events_theme_listed_with_commas_is_one_name():
    by_name = _by_name("On 20 May the Harbour Ministry opened a Workshop on Migration, Forced Labour and Human Trafficking "
                       "in Geneva, with the Ministry of Labour, Employment and Social Security.")
    _assert_kind(by_name, "event", "Workshop on Migration, Forced Labour and Human Trafficking")
    _assert_kind(by_name, "organisation", "Ministry of Labour, Employment and Social Security")


def test_the_body_a_titled_unit_is_of_when_the_unit_has_no_kind_word():
    by_name = _by_name("The Representative of the Special Policies Direction of the Ministry of Foreign Affairs of Valoria, "
                       "Ana Ruiz, opened the seminar.")
    _assert_kind(by_name, "organisation", "Ministry of Foreign Affairs of Valoria")
    _assert_kind(by_name, "person", "Ana Ruiz")


def test_a_portfolio_before_a_post_is_no_person():
    by_name = _by_name("Speakers were the Central Director from the Valorian Ministry of Foreign Affairs, the Assistant "
                       "Secretary-General for Human Rights and the Harbour Institute.")
    assert "Foreign Affairs" not in by_name, sorted(by_name)
    _assert_kind(by_name, "organisation", "Valorian Ministry of Foreign Affairs")


def test_a_bodys_acronym_before_its_unit_or_mechanism_is_one_name():
    by_name = _by_name("With the GFMD Support Unit, the GFMD Business Mechanism met the IOM Labour Mobility Division.")
    _assert_kind(by_name, "organisation", "GFMD Support Unit", "IOM Labour Mobility Division")
    _assert_kind(by_name, "process", "GFMD Business Mechanism")


def test_a_province_written_without_its_accents_and_a_hotel_by_its_chain_are_places():
    by_name = _by_name("The project works in Nghe An and Quang Binh provinces. Its workshop was held at the Hilton Trinidad "
                       "in May, the next one at the Radisson Blu.")
    _assert_kind(by_name, "place", "Nghe An", "Quang Binh", "Hilton Trinidad", "Radisson Blu")


def test_a_saints_country_written_with_st_and_a_spanish_body_with_its_small_words():
    by_name = _by_name("Speakers came from St Vincent and the Grenadines. Ana Ruiz Reyes of the Instituto de los Valorianos "
                       "en el Exterior spoke.")
    _assert_kind(by_name, "country", "St Vincent and the Grenadines")
    assert by_name["St Vincent and the Grenadines"].iso2 == "VC"
    _assert_kind(by_name, "organisation", "Instituto de los Valorianos en el Exterior")
    _assert_kind(by_name, "person", "Ana Ruiz Reyes")


def test_bodies_run_together_with_a_dash_and_a_state_s_formal_name_before_its_ministry():
    by_name = _by_name("The Harbour Office, Republic of Ghana Ministry of Foreign Affairs- Directorate General of Consular "
                       "Affairs and Republic of Ghana Ministry of Labour and Social Security- Directorate General of "
                       "International Labour Force (DGILF) organized a training.")
    by_name_real = _by_name("Officials of the Republic of Turkey Ministry of Labour and Social Security attended.")
    _assert_kind(by_name, "organisation", "Directorate General of Consular Affairs",
                 "Directorate General of International Labour Force")
    assert not any("Security- " in n or "Affairs- " in n for n in by_name), sorted(by_name)
    _assert_kind(by_name_real, "organisation", "Republic of Turkey Ministry of Labour and Social Security")
    assert by_name_real["Republic of Turkey Ministry of Labour and Social Security"].how.endswith("'Ministry' in the name")


def test_a_name_after_at_is_no_person_for_a_pronoun_later_in_its_sentence():
    by_name = _by_name("The minister called at Harbour Lodge in London to brief him on the fund.")
    assert "Harbour Lodge" in by_name and by_name["Harbour Lodge"].kind != "person", by_name.get("Harbour Lodge")


def test_a_name_whose_last_word_alone_speaks_elsewhere_is_a_person():
    by_name = _by_name("The platform was presented by Tomas Varga at the hearing. Varga said the platform would be digital. "
                       "Later Lena Okafor joined the panel, while Okafor noted that remittances grew. The Harbour Fund said "
                       "nothing.")
    _assert_kind(by_name, "person", "Tomas Varga", "Lena Okafor")
    _assert_kind(by_name, "organisation", "Harbour Fund")


def test_a_person_after_a_title_and_body_before_a_full_stop_or_as_well_as_and_after_an_office_s_post():
    by_name = _by_name("They met the Head of Delegation of the Coastal Union to Valoria, Jan Novak as well as the Project officer "
                       "for Return Operations, Lena Okafor, to discuss it. Speakers were Tomas Berg, IOM Montaria’s Chief of "
                       "Mission, and the Director of the Harbour Department of Social Development, Ana Ruiz.")
    _assert_kind(by_name, "person", "Jan Novak", "Lena Okafor", "Tomas Berg", "Ana Ruiz")


def test_people_with_their_body_s_acronym_in_brackets_or_their_body_after_or_after_a_role_s_colon():
    by_name = _by_name("Rapporteurs : Jan Novak, Ana Ruiz (CMO), Lena Okafor and Tomas Berg (HFR). The Harbour Forum (HF) met. "
                       "The delegation, Mele Tuala Sione, Ministry of Commerce, attended.")
    _assert_kind(by_name, "person", "Jan Novak", "Ana Ruiz", "Tomas Berg", "Mele Tuala Sione")
    _assert_kind(by_name, "forum", "Harbour Forum")
    assert by_name["Harbour Forum"].acronym == "HF"


def test_a_compound_or_a_general_word_does_not_name_a_topic():
    from migration_kg.assist.candidates import topic_variant_spans
    registry = Registry({"international-migration": Entity("international-migration", "topic", "international migration"),
                         "resources-for-migration": Entity("resources-for-migration", "topic", "resources for migration"),
                         "return-migration": Entity("return-migration", "topic", "return migration",
                                                    aliases=("return of migrants",))})
    text = "An inter-regional forum on labour migration met in May. It trained human resources staff on the return of workers."
    found = {topic for _, _, topic in topic_variant_spans(text, registry, cues=[])}
    assert found == {"return-migration"}, found


def test_a_capitalised_word_on_its_own_where_an_actor_stands_is_a_body():
    by_name = _by_name("The Safer Return Project is implemented by Harbovia in three provinces. The agents stressed "
                       "cooperation with Portwatch and local police, and Portwatch’s officers spoke. Prof. Ana Ruiz "
                       "thanked the delegation of Côte d’Ivoire on Monday. Support from Training was given, and training "
                       "continued. The Keynote opened the day.")
    _assert_kind(by_name, "organisation", "Harbovia", "Portwatch")
    # a title's abbreviation, a country's first word, a weekday, a word the text writes in lower case, a word
    # where no actor stands
    assert not {"Prof", "Côte", "Monday", "Training", "Keynote"} & set(by_name), sorted(by_name)


def test_a_name_then_and_a_country_or_a_city_are_two_names_and_a_trailing_honorific_is_cut():
    by_name = _by_name("The meeting thanked the Lorvik Process and India for their help. The Harbour Group and Mr. Tan "
                       "came, with the Co-Chairmanship of Germany and Morocco and officials of West and Central Africa.")
    _assert_kind(by_name, "process", "Lorvik Process")
    _assert_kind(by_name, "country", "India")
    _assert_kind(by_name, "organisation", "Harbour Group")
    assert not {"Lorvik Process and India", "Harbour Group and Mr", "Co-Chairmanship of Germany",
                "Particularly West"} & set(by_name), sorted(by_name)


def test_a_registered_country_opening_a_bodys_name_is_part_of_it():
    doc, _ = example_document("Participants came from the Ghana Immigration Service, Ghana Police Service and the Ghana "
                              "Ministry of Labour.")
    registry = Registry({"ghana": Entity("ghana", "country", "Ghana")})
    by_name = _named(doc, registry)
    _assert_kind(by_name, "organisation", "Ghana Immigration Service", "Ghana Police Service")
    # a ministry "of" its portfolio is named without its country
    assert "Ministry of Labour" in by_name and "Immigration Service" not in by_name, sorted(by_name)


def test_a_name_after_a_post_in_any_case_or_before_a_colon_and_a_post_is_a_person():
    by_name = _by_name("Coastal Agency Chief of Mission, Lalini Ves\n\nDepartment of Justice Secretary General, Oonagh "
                       "McPhilips\n\nPhil Brandt: Specialist Advisor on Modern Slavery at Harbour Watch\n\nThe Bureau of "
                       "Return (BOR) director general Salim Rezan was present.")
    _assert_kind(by_name, "person", "Lalini Ves", "Oonagh McPhilips", "Phil Brandt", "Salim Rezan")


def test_a_consultative_process_named_as_a_meeting_is_a_process():
    by_name = _by_name("Ministers of the Abu Dhabi Dialogue met, and the Regional Conference on Migration and the "
                       "Migration Dialogue for West Africa sent delegates to the Regional Conference on Return.")
    _assert_kind(by_name, "process", "Abu Dhabi Dialogue", "Regional Conference on Migration",
                 "Migration Dialogue for West Africa")
    _assert_kind(by_name, "event", "Regional Conference on Return")


def test_international_ending_a_name_and_a_foundation_after_an_acronym_name_a_body():
    by_name = _by_name("It was run with HURED International and the Building and Harbour Workers International (BHWI), "
                       "with support from the HARPOL Foundation for a Safer Coast.")
    _assert_kind(by_name, "organisation", "HURED International", "Building and Harbour Workers International",
                 "HARPOL Foundation for a Safer Coast")


def test_a_datelines_city_after_a_title_and_a_weekday_after_an_event_are_cut():
    by_name = _by_name("Coastal Summit on Migration NAIROBI, 14 December 2015 - It opened. A capacity building "
                       "programme for migrant workers in MENA followed, and the first formal roundtable of the Forum on "
                       "Tuesday closed it.")
    assert "Coastal Summit on Migration" in by_name and "Coastal Summit on Migration NAIROBI" not in by_name, sorted(by_name)


def test_groups_of_actors_chiefs_speakers_victims_and_a_community():
    by_name = _by_name("The forum gathered civil society actors, senior law enforcement chiefs, academic speakers, "
                       "potential victims and the business community.")
    _assert_kind(by_name, "collective", "civil society actors", "law enforcement chiefs", "academic speakers",
                 "potential victims", "business community")


def test_a_name_that_says_something_is_a_person():
    by_name = _by_name("“We are ready,” said Marit Maij at the conference. Ruiz Tano noted that the plan works. According "
                       "to Lena Okafor, the plan works. The plan works, Bo Tanaka added. The Harbour Institute said so too.")
    _assert_kind(by_name, "person", "Marit Maij", "Ruiz Tano", "Lena Okafor", "Bo Tanaka")
    _assert_kind(by_name, "organisation", "Harbour Institute")


def test_kosovo_is_a_country_by_its_user_assigned_codes():
    by_name = _by_name("Diaspora groups from Kosovo and Albania met in Berlin.")
    _assert_kind(by_name, "country", "Kosovo", "Albania")
    assert (by_name["Kosovo"].iso2, by_name["Kosovo"].iso3) == ("XK", "XKX")


def test_people_listed_after_a_plural_honorific():
    by_name = _by_name("The webinar was moderated by Messrs Samuel Adebo, Wale Adesan, Patricia Mawe and Obed Monaro.")
    _assert_kind(by_name, "person", "Samuel Adebo", "Wale Adesan", "Patricia Mawe", "Obed Monaro")


def test_a_countrys_government_by_the_countrys_name():
    by_name = _by_name("Funding came from the US government. The Myanmar government agreed with the Swiss government.")
    _assert_kind(by_name, "organisation", "US government", "Myanmar government", "Swiss government")


def test_a_body_s_name_without_the_post_or_honorific_next_to_it():
    by_name = _by_name("Ann Singleton, University of Lorvik and Senior Advisor to the Harbour Centre (HC), spoke. It was "
                       "held at the Ministry for Coastal Affairs in the Dr. Hilla Limann building. Represented by the "
                       "Permanent Secretary Federal Ministry of Labour and Productivity, Dr. Bo Tan, the minister spoke.")
    for body in ("University of Lorvik", "Ministry for Coastal Affairs", "Federal Ministry of Labour and Productivity"):
        assert by_name[body].kind == "organisation", (body, sorted(by_name))
    assert not any("Advisor" in n or n.endswith("Dr.") or n.startswith("Permanent") for n in by_name), sorted(by_name)


def test_a_mission_with_where_it_is_sent_and_red_crescent_societies_are_bodies():
    by_name = _by_name("Officials of the Valorian Permanent Representation to the EU in Brussels came. The module targeted "
                       "the Ministry of Social Solidarity, the Lorvian Red Crescent and Al-Shehab Foundation.")
    assert by_name["Valorian Permanent Representation to the EU"].kind == "organisation", sorted(by_name)
    assert by_name["Lorvian Red Crescent"].kind == "organisation" and by_name["Al-Shehab Foundation"].kind == "organisation"


def test_a_person_after_a_portfolio_of_several_words_keeps_the_whole_name():
    by_name = _by_name("Opening it, Minister for Labour and Employment Surya Man Gurung spoke. Spokesperson at the Ministry of "
                       "Labour Govind Mani Bhurtel said so. CMO Director General Bo Tan told ministers. Minister of State for "
                       "Foreign Affairs Ana Lisa Ruiz; and others. The Deputy Commissioner of the Royal Valorian Police, Lena "
                       "Okafor, spoke.")
    _assert_kind(by_name, "person", "Surya Man Gurung", "Govind Mani Bhurtel", "Bo Tan", "Ana Lisa Ruiz", "Lena Okafor")
    assert not {"Man Gurung", "Valorian Police"} & set(by_name), sorted(by_name)


def test_people_without_honorifics_by_a_middle_initial_a_credit_a_signature_or_a_compound_post():
    by_name = _by_name("The agreement was signed, said Harbour Aid President and CEO Tomas Lindqvist during a ceremony. "
                       "High Commissioner for Returns Ana Okafor separately met the delegations. Jonas Berg, the U.N. "
                       "Special Envoy for Return, praised it. Posted by Lena K. Moreau, harbouraid.org. Picture taken in "
                       "May. REUTERS/Piet Vandam\n\nKarin Holm, Ilse Dorn, Pieter Falk, Advisor in Migration, Harbour Aid")
    _assert_kind(by_name, "person", "Tomas Lindqvist", "Ana Okafor", "Jonas Berg", "Lena K. Moreau", "Piet Vandam",
                 "Karin Holm", "Ilse Dorn", "Pieter Falk")


@pytest.mark.parametrize("text, places", [
    # GeoNames writes "Seongnam-si"; ISO 3166-2 lists "Gyeonggi-do" as a region
    ("The meeting was held at the agency's headquarters in Seongnam, Gyeonggi-do. It closed.", ("Seongnam", "Gyeonggi-do")),
    ("The minister asked the county officers of Nairobi, Machakos and Kajiado to report. It closed.",
     ("Nairobi", "Machakos", "Kajiado")),
    ("KATHMANDU, Nov 16: Today's session opened. GENEVA, July 11 (UNHCR) - The agency met.", ("KATHMANDU", "GENEVA")),
], ids=["korean-city-and-region", "towns-listed-with-a-city-after-of", "wire-city-in-capitals-before-a-short-month"])
def test_cities_and_regions_are_places_as_they_are_written(text, places):
    _assert_kind(_by_name(text), "place", *places)


def test_a_city_written_without_its_accents_is_a_place_but_a_continent_or_a_city_s_code_is_not_a_city():
    by_name = _by_name("The workshop was held in Yaounde, Cameroon. The Harbour Network in Asia met the members of the ADD.")
    _assert_kind(by_name, "place", "Yaounde")
    _assert_kind(by_name, "organisation", "Harbour Network in Asia")  # a network is a body (measured)
    assert "city" not in by_name["Asia"].how and by_name["ADD"].kind != "place", sorted(by_name)


def test_a_body_named_after_a_peoples_plural_a_meetings_plural_and_a_directorates_capitals_have_their_kinds():
    by_name = _by_name("The Ghanaians in Diaspora Commission (GIDCOM) met Mr. Jan Berg, Coastal Union Deputy Director "
                       "General, DG HOME, on the eve of the IMF-World Bank Annual Meetings in Washington.")
    _assert_kind(by_name, "organisation", "Ghanaians in Diaspora Commission", "DG HOME")
    _assert_kind(by_name, "event", "IMF-World Bank Annual Meetings")


@pytest.mark.parametrize("headline, event", [
    ("Harbour Aid Global Chiefs of Mission Meeting Underway in Lorvik", "Harbour Aid Global Chiefs of Mission Meeting"),
    ("Valoria, Harbour Aid Co-hosted First Global Conference on the Regulation of Recruitment",
     "First Global Conference on the Regulation of Recruitment")])
def test_a_headlines_event_leaves_out_what_the_headline_says_happens_to_it(headline, event):
    by_name = _by_name(f"{headline}\n\nThe three-day meeting got underway yesterday in the city.")
    _assert_kind(by_name, "event", event)
    assert not any("Underway" in n or n.startswith("Co-hosted") or n.endswith(" The") for n in by_name), sorted(by_name)


def test_an_acronym_and_a_country_before_project_name_the_project_not_an_office():
    by_name = _by_name("The team met as part of the HFR Niger project. HFR Ghana opened the meeting.")
    _assert_kind(by_name, "project", "HFR Niger")
    _assert_kind(by_name, "organisation", "HFR Ghana")


def test_a_common_nouns_possessive_stays_inside_a_bodys_name_but_a_countrys_and_an_acronyms_do_not():
    by_name = _by_name("Specialists from the Belgian Public Prosecutor's Office met the Regional Consultation of the "
                       "Women’s Caucus on Migration. Ghana’s Office of the President and IOM’s Global Data Centre spoke, "
                       "with the Harbour Department of State’s Office of International Visitors.")
    _assert_kind(by_name, "organisation", "Belgian Public Prosecutor's Office", "Office of the President",
                 "Global Data Centre", "Office of International Visitors")
    _assert_kind(by_name, "event", "Regional Consultation of the Women’s Caucus on Migration")


def test_a_gathering_a_dinner_and_a_panel_discussion_are_events_a_reception_of_migrants_is_not():
    by_name = _by_name("Proceedings began with an inaugural dinner. He spoke at a media gathering and a panel discussion "
                       "on return. Staff work in the initial reception of migrants.")
    _assert_kind(by_name, "event", "inaugural dinner", "media gathering")
    assert "initial reception" not in by_name


def test_groups_abroad_a_countrys_delegation_youths_and_expatriates():
    by_name = _by_name("The Ministry and all Indonesian missions abroad are partners. It will allow Korean youths to work. "
                       "The Niger delegation shared challenges. About 1 crore Bangladeshi expatriates sent money.")
    _assert_kind(by_name, "collective", "Indonesian missions abroad", "Korean youths", "Niger delegation",
                 "Bangladeshi expatriates")


def test_a_month_is_no_place_and_people_after_a_role_or_a_post_keep_their_whole_names():
    by_name = _by_name("The forum was held in April 2022, says Minister of Public Enterprises Tavita Lemalu Sooalo in "
                       "response to questions. Harbour researchers Ana D’Souza and Ilse Dorn attend the meeting. Officers "
                       "from Ekiti, Akwa Ibom, Ondo and Kogi met.")
    assert "April" not in by_name and "April 2022" not in by_name
    _assert_kind(by_name, "person", "Tavita Lemalu Sooalo", "Ana D’Souza", "Ilse Dorn")
    _assert_kind(by_name, "place", "Ekiti", "Akwa Ibom", "Ondo", "Kogi")


def test_a_news_agencys_photographer_in_brackets_is_a_person():
    by_name = _by_name("The minister spoke on Tuesday. (CNA/Lintang Budi Prameswari)")
    _assert_kind(by_name, "person", "Lintang Budi Prameswari")


def test_a_registered_bodys_name_opening_a_name_with_a_kind_word_of_its_own():
    doc, _ = example_document("The HFR Council met the Harbour Foundation for Return Delegation. Both ratified the HFR "
                              "Conventions. The HFR Director General spoke.")
    registry = Registry({"hfr": Entity("hfr", "organisation", "Harbour Foundation for Return", acronyms=("HFR",))})
    by_name = _named(doc, registry)
    _assert_kind(by_name, "organisation", "HFR Council", "Harbour Foundation for Return Delegation")
    _assert_kind(by_name, "agreement", "HFR Conventions")
    assert "a registered body's name opens it" in by_name["HFR Council"].how
    assert not [n for n in by_name if "Director" in n], sorted(by_name)


def test_a_body_its_post_and_the_holder_in_one_run_of_capitals():
    by_name = _by_name("He said Centre for Harbour Migrant Studies Director Ana Ruiz was present, with Embassy Third "
                       "Secretary and Vice Consul Jan Novak.")
    _assert_kind(by_name, "person", "Ana Ruiz", "Jan Novak")
    _assert_kind(by_name, "organisation", "Centre for Harbour Migrant Studies")
    assert not [n for n in by_name if "Director" in n or "Consul" in n], sorted(by_name)


def test_a_given_and_a_family_name_with_nothing_else_to_say_its_kind_is_a_persons():
    by_name = _by_name("The Harbour Mayors Board met in Valoria. Peter Kurz welcomed Hannah Cooper to the Fondo Valoria "
                       "programme and the White Paper.")
    _assert_kind(by_name, "person", "Peter Kurz", "Hannah Cooper")
    assert "probablepeople" in by_name["Peter Kurz"].how
    assert by_name["White Paper"].kind != "person" and by_name.get("Fondo Valoria", by_name["White Paper"]).kind != "person"


@pytest.mark.parametrize("text, kind, names, absent", [
    ("Seminar for members of parliament\n\nGeneva, 24 - 26 October 2007\n\nThe Harbour Union held a seminar.",
     "place", ["Geneva"], []),  # a dateline's city before a range of days
    ("YEREVAN, MAY 17, HARBOURPRESS. The Deputy Head of the Harbour Service met them at the Rising Sun Grounds.",
     "place", ["YEREVAN", "Rising Sun Grounds"], ["MAY"]),  # a wire's city before its month in capitals
    ("Our conference will convene government officials and academic experts, thanks to the efforts of HFR staff, the "
     "HFR team and Valorian journalists.", "collective",
     ["government officials", "HFR staff", "HFR team", "Valorian journalists"], ["convene"]),
    ("Officials completed a study visit to Valoria. This came during a courtesy visit by the Harbour Institute. The "
     "visit of the minister is not an event by its noun alone.", "event",
     ["study visit to Valoria", "courtesy visit"], ["visit"]),
    ("Ms. Ann Lee, Head of the Cooperation Section of the Coastal Union Delegation to Valoria, spoke. The Harbour "
     "Union Trust Fund for Valoria pays.", "organisation",
     ["Coastal Union Delegation", "Coastal Union", "Harbour Union"], []),  # a body within a name within a name
    ("The Harbour Institute held a seminar on 'Dreams across the Sea: Harbour Migration' at a hotel. It was said "
     "during the conference, ‘Managing Migration and Societies’. The seminar \"Diaspora Bonds: Operational "
     "Challenges,\" took place in Valoria.", "event",
     ["Dreams across the Sea: Harbour Migration", "Managing Migration and Societies",
      "Diaspora Bonds: Operational Challenges"], []),  # titles in single quotes, after a comma or the noun alone
    ("The Head of the Harbour Migration Service Anna Petrova received the Minister of Labour and Social Welfare "
     "Peter Lindqvist in Valoria. Coastal Daily Executive Editor Maria Jensen wrote it.", "person",
     ["Anna Petrova", "Peter Lindqvist", "Maria Jensen"], ["Harbour Migration Service Anna Petrova"]),  # a holder's
    # name ending a run with a body's name, a portfolio or a post
    ("The Most Reverend Datuk Peter Lapan blessed it. Minister Honourable Dato’ Amin Rahman spoke. The Mayor, His "
     "Worship Gary Burton, came. Valoria Immigration Department Director General Datuk Rosli Yusof and Atty. Maria "
     "dela Cruz met HE Yousef bin Ahmed al-Bakri.", "person",
     ["Peter Lapan", "Amin Rahman", "Gary Burton", "Rosli Yusof", "Maria dela Cruz", "Yousef bin Ahmed al-Bakri"],
     ["Datuk", "Honourable", "His", "HE"]),  # honorifics, several together, kept out of names
    ("Awards went to Vasu Sharma and Ashraf Palakkad during the Pravasi day. By: Ismael Kasoma & Doreen Nasiwa",
     "person", ["Vasu Sharma", "Ashraf Palakkad", "Ismael Kasoma", "Doreen Nasiwa"], []),  # two people joined by 'and'
    ("The forum brought senior government officials from labour-sending countries to Valoria.", "collective",
     ["senior government officials", "labour-sending countries"], []),  # 'senior' and a compound say which group
    ("On Thursday, the U.S. Embassy hosted the public. The U.K. Home Office and the U.S. government met. It was funded "
     "by the U.S. Department of State Bureau of Population. The Permanent Secretary in the Ministry of Home Affairs and "
     "Information, Yvette Goddard, spoke.", "organisation",
     ["U.S. Embassy", "U.K. Home Office", "U.S. government", "U.S. Department of State",
      "Ministry of Home Affairs and Information"], []),  # a country's initials; a body after a post 'in the'
    ("She made a three-day study visit to Montaria. During his meeting with the Minister of Labour of Valoria, they "
     "spoke. It followed the signing of this Seat Agreement in Port Valo. The launch of the Harbour Return System came.",
     "event", ["three-day study visit to Montaria", "meeting with the Minister of Labour of Valoria",
               "signing of this Seat Agreement", "launch of the Harbour Return System"], []),  # what, then who or where
    ("Harbour news\n\nOfficials said it was the fifth Ministerial Meeting of the process. He attended the 2016 Harbour "
     "Summit in Geneva.", "event", ["fifth Ministerial Meeting", "2016 Harbour Summit"], ["Officials"]),  # an ordinal
    # or a year opens an event's name; a line of sentences is no headline
    ("Harbour news\n\nPort Valo- The Harbour Union met at HFR headquarters and at the Coastal Rooms hotel. Centres open "
     "in four provinces - Ararat, Armavir, Vayots Dzor and Syunik. She flew to Washington, D.C. on Monday.", "place",
     ["HFR headquarters", "Coastal Rooms hotel", "Ararat", "Armavir", "Vayots Dzor", "Syunik", "Washington, D.C."],
     ["DC"]),  # places listed after their kind, a body's headquarters, a hotel, the US capital
    ("The Act was endorsed by the Parliament and came into force. Cabinet approved one flight each.", "organisation",
     ["Parliament", "Cabinet"], []),  # a state's institution by its one word
    ("The Harbour Migrants Day was marked by the Coastal Migration Network in May.", "event", ["Harbour Migrants Day"],
     []),  # a day is an event (and a network a body, below)
    ("Speakers: Shayma Al Awadhi, Mayor of Port Valo; Merdan Gochkarov, MoHRE’s Assistant Undersecretary; Tahreem "
     "Ilyasova, second secretary at the Valorian Embassy. Later Jacqueline Weekersova hailed the plan.", "person",
     ["Merdan Gochkarov", "Tahreem Ilyasova", "Jacqueline Weekersova"], ["Mayor"]),  # posts and verbs by names
    ("The centre helps OFWs. The HFR trains MDAs, RCCs and local leaders.", "collective", ["OFWs", "MDAs", "RCCs"],
     []),  # a plural acronym is a group
    ("The Harbour Employment Ordinance, the Valoria Guiding Principles and the Coastal Screening Regulation apply. The "
     "HFR Help Desk opened during the Coastal Advocacy Week, part of the Global Mayors Solidarity Campaign.", "policy",
     ["Harbour Employment Ordinance", "Valoria Guiding Principles", "Coastal Screening Regulation"], []),
    ("Staff of the HFR secretariat and the HFR country offices met the CMO delegation.", "organisation",
     ["HFR secretariat", "HFR country offices", "CMO delegation"], []),  # a body's unit by its acronym
    ("The minister paid a courtesy call on the Harbour Secretary General. The panel discussion on return was held after "
     "the launch event.", "event", ["courtesy call", "panel discussion on return", "launch event"],
     ["courtesy call on the Harbour Secretary General"]),  # a compound noun names an event; a call is paid on someone
    ("Minister for Foreign Affairs for Valoria, the Hon Julia Bishopsgate MP, spoke. They are HFR Undersecretary "
     "Dominador R. Sayre and Harbour Bank Governor Agustin Carstensen. Governor Carstensen said so.", "person",
     ["Julia Bishopsgate", "Dominador R. Sayre", "Agustin Carstensen"], ["Carstensen", "Hon"]),  # 'Hon', 'Governor'
])
def test_datelines_in_capitals_groups_of_staff_and_visits(text, kind, names, absent):
    by_name = _by_name(text)
    if "Network" in text:
        _assert_kind(by_name, "organisation", "Coastal Migration Network")
    if "Help Desk" in text:  # a desk is a service, a week an event, a campaign a programme
        _assert_kind(by_name, "service", "Help Desk")
        _assert_kind(by_name, "event", "Coastal Advocacy Week")
        _assert_kind(by_name, "programme", "Global Mayors Solidarity Campaign")
    _assert_kind(by_name, kind, *names)
    assert not [n for n in by_name if n.split()[0] in absent or n in absent], sorted(by_name)


def test_a_date_a_name_runs_into_is_not_part_of_it():
    by_name = _by_name("A statement was issued by the Office of the Prime Minister on Friday. The Coastal Training Workshop "
                       "from 24th April gathered officials. Director-General Brunson McKinley Tuesday opened the Delta "
                       "Summit. A capacity building session on September 23 followed.")
    assert {"Office of the Prime Minister", "Coastal Training Workshop", "Brunson McKinley", "capacity building session"} \
        <= set(by_name), sorted(by_name)
    assert not any(re.search(r"Friday|April|Tuesday|September", n) for n in by_name), sorted(by_name)


def test_a_word_in_a_country_is_a_place_apart_from_it_and_a_weekday_or_held_before_a_place_is_no_name():
    by_name = _by_name("The camp on Lesbos in Greece was opened by the Aegean Council. It was opened on Monday in Abuja. "
                       "Held in Jakarta, the meeting closed.")
    _assert_kind(by_name, "place", "Lesbos", "Abuja", "Jakarta")
    assert not any(n in by_name for n in ("Lesbos in Greece", "Monday", "Monday in Abuja", "Held", "Held in Jakarta")), \
        sorted(by_name)


def test_a_portfolios_possessive_stays_in_a_ministrys_name():
    by_name = _by_name("UN Women supports the Ministry of Women’s Affairs in hosting it. The Department of Migrant "
                       "Workers' Welfare opened an office.")
    _assert_kind(by_name, "organisation", "Ministry of Women’s Affairs", "Department of Migrant Workers' Welfare")


def test_initials_opening_a_name_a_minister_of_state_a_speaker_and_governments_in_lower_case():
    by_name = _by_name("The Hon. T. K. Oduya, Minister of Coastal Affairs, spoke. Mr. L.R Pereira and Dr. B.N. Osei "
                       "followed. Mr. S. Tamdin, Minister of the Ministry of Labour and Social Protection of Mongolia, "
                       "closed. He met the Minister of State in the Ministry of Foreign Affairs and Foreign Trade, Ana "
                       "Ruiz. He met Acting Speaker of the National Assembly Farid Al-Nouri on Monday. The Lao government, the Sri "
                       "Lankan government and the government of Japan sent delegates.")
    _assert_kind(by_name, "person", "T. K. Oduya", "L.R Pereira", "B.N. Osei", "S. Tamdin", "Ana Ruiz", "Farid Al-Nouri")
    _assert_kind(by_name, "organisation", "Ministry of Labour and Social Protection of Mongolia",
                 "Ministry of Foreign Affairs and Foreign Trade", "National Assembly", "Lao government",
                 "Sri Lankan government", "government of Japan")
    assert not [n for n in by_name if n in ("T", "L", "B", "S", "Sri Lankan") or n.startswith("State in")], sorted(by_name)


def test_a_city_in_capitals_opening_a_line_is_a_place_but_an_acronym_the_text_uses_again_is_not():
    by_name = _by_name("KAMPALA\nThe Coastal Labour Council met on Monday.\nTEHRAN (Harbour News) - Ministers met.\n"
                       "DOLE, IOM sign pact\nDOLE and IOM will work with the Council.")
    _assert_kind(by_name, "place", "KAMPALA", "TEHRAN")
    _assert_kind(by_name, "organisation", "DOLE")


def test_a_service_named_after_its_country_stays_whole_and_portuguese_names_keep_their_small_words():
    by_name = _by_name("The State Migration Service of Valoria and Turkmenistan met. The Instituto das Comunidades de "
                       "Cabo Verde promoted it. Officials of the State Migration Service of Turkmenistan spoke.")
    _assert_kind(by_name, "organisation", "State Migration Service of Turkmenistan",
                 "Instituto das Comunidades de Cabo Verde")


def test_programmes_and_policies_named_in_lower_case_words_with_a_word_that_says_which():
    by_name = _by_name("The ministry will enhance the reintegration program and ran a massive awareness campaign. It works "
                       "through the voluntary return programmes and a border management project. The programme was new. "
                       "Valoria develops its migration "
                       "framework and a migration health policy.")
    _assert_kind(by_name, "programme", "reintegration program", "massive awareness campaign", "voluntary return programmes")
    _assert_kind(by_name, "policy", "migration framework", "migration health policy")
    _assert_kind(by_name, "project", "border management project")
    assert "programme" not in by_name and "The programme" not in by_name, sorted(by_name)


def test_events_named_with_an_ordinal_or_as_earlier_or_separate_ones_in_lower_case():
    by_name = _by_name("The commission held its second meeting in Doha. It built on a previous workshop held in 2022. "
                       "A separate workshop was held for companies. The same meeting agreed.")
    _assert_kind(by_name, "event", "second meeting", "previous workshop", "separate workshop")
    assert "same meeting" not in by_name, sorted(by_name)


def test_an_acronym_written_before_scheme_or_program_more_often_than_alone_names_a_programme():
    by_name = _by_name("Workers came under the RSE scheme. The RSE scheme grew. RSE workers left. The HWP program opened; "
                       "the HWP program closed.")
    _assert_kind(by_name, "programme", "RSE", "HWP")


def test_a_names_last_word_before_and_does_not_share_the_noun_of_a_lower_case_group():
    by_name = _by_name("The Ministry of Labour and Social Welfare and development partners met. Public and private "
                       "partners joined.")
    _assert_kind(by_name, "collective", "development partners", "Public partners", "private partners")
    assert "Welfare partners" not in by_name, sorted(by_name)
    by_name = _by_name("The government of Valoria sent delegates. The ministry deployed officials to the border.")
    assert not [n for n in by_name if re.search(r"\b(?:sent|deployed)\b", n)], sorted(by_name)


def test_a_name_after_a_post_and_a_comma_or_in_a_byline_is_a_persons():
    by_name = _by_name("Coastal Youth Council to hold a forum\nBy Yaw Dankwa\nThe forum opened. It was welcomed by the "
                       "Regional Representative of the Harbour Agency, Inga Sol. The panel was chaired by Efua Sam.")
    _assert_kind(by_name, "person", "Yaw Dankwa", "Inga Sol", "Efua Sam")


def test_a_body_ending_on_its_kind_word_and_a_short_name_after_and_are_two_names():
    by_name = _by_name("He visited the Harbour Training Center and Coastal Prefecture in Lorvik. The Ministry of Labour and "
                       "Social Welfare met.")
    _assert_kind(by_name, "organisation", "Harbour Training Center", "Ministry of Labour and Social Welfare")
    assert "Harbour Training Center and Coastal Prefecture" not in by_name, sorted(by_name)


def test_a_bodys_name_before_a_post_and_a_comma_is_the_bodys():
    by_name = _by_name("The plan was tabled by Valorian Diaspora Agency Deputy Director-General, Dr. Ana Ruiz. The Valoria "
                       "Chief of Mission, Mr. Tomas Berg, spoke.")
    _assert_kind(by_name, "organisation", "Valorian Diaspora Agency")
    assert not [n for n in by_name if "Director" in n or "Chief" in n], sorted(by_name)


def test_citizens_a_workforce_and_labourers_name_groups():
    by_name = _by_name("The Coastal Agency helped Valorian citizens in Lorvik. The Montarian workforce grew, and migrant "
                       "labourers and volunteers met.")
    _assert_kind(by_name, "collective", "Valorian citizens", "Montarian workforce", "migrant labourers")


def test_brother_judge_shri_and_barrister_are_honorifics_kept_out_of_the_name():
    by_name = _by_name("Brother Yaw Dankwa, Harbour Union General Secretary, spoke. Judge Inga Sol Berg and Shri Efua Sam met "
                       "Barrister Lena Holt.")
    _assert_kind(by_name, "person", "Yaw Dankwa", "Inga Sol Berg", "Efua Sam", "Lena Holt")
    assert not [n for n in by_name if re.match(r"(?:Brother|Judge|Shri|Barrister)\b", n)], sorted(by_name)


def test_md_before_a_name_is_part_of_the_name_no_acronym():
    by_name = _by_name("Discussants were Mr Md. Efua Sam, Joint Secretary, Harbour Board, and Mr MD. Yaw Dankwa, Deputy "
                       "Secretary. Md. Inga Berg spoke.")
    _assert_kind(by_name, "person", "Md. Efua Sam", "MD. Yaw Dankwa")
    assert not {"Md", "MD", "Efua Sam"} & set(by_name), sorted(by_name)


def test_a_post_after_a_persons_name_in_one_run_is_no_part_of_the_name():
    by_name = _by_name("Mrs. Efua Ama Sam Representative of the Harbour Council spoke. Mr. Tomas Berg Ambassador met her.")
    _assert_kind(by_name, "person", "Efua Ama Sam", "Tomas Berg")
    assert not [n for n in by_name if n.endswith(("Representative", "Ambassador"))], sorted(by_name)


def test_a_person_after_a_second_post_and_its_body_in_one_run_is_split_from_the_body():
    by_name = _by_name("The Co-Chair of the Committee, Head of the Migration Service of Ghana Aram Tovmas spoke.")
    _assert_kind(by_name, "person", "Aram Tovmas")
    _assert_kind(by_name, "organisation", "Migration Service of Ghana")


def test_a_countrys_capital_is_a_place_on_its_own_however_small():
    by_name = _by_name("2019-10-22  Maseru /HARBOUR NEWS/. The Coastal Agency opened an office. Male workers met in Banjul.")
    _assert_kind(by_name, "place", "Maseru", "Banjul")
    assert "Male" not in by_name, sorted(by_name)


def test_places_listed_after_namely_before_their_kinds_plural_are_places():
    by_name = _by_name("The project runs in four districts. Namely, Lorvik, Port Valo, Kestra and Dunmore districts.")
    _assert_kind(by_name, "place", "Lorvik", "Port Valo", "Kestra", "Dunmore")


def test_an_agencys_office_named_by_a_hyphened_country_or_a_big_city_but_not_by_a_bilateral_compound():
    doc, registry = example_document("Contact [IOM|organisation] Timor-Leste, IOM-Bahrain or [IOM|organisation] Vienna. The "
                                     "EU-Ethiopia cooperation grew.")
    by_name = _named(doc, registry)
    _assert_kind(by_name, "organisation", "IOM Timor-Leste", "IOM Bahrain", "IOM Vienna")
    assert "EU Ethiopia" not in by_name, sorted(by_name)


def test_a_states_institution_of_a_registered_country_is_named_whole():
    doc, registry = example_document("The Senate of [Ghana|country] and the Central Bank of [Ghana|country] met.")
    by_name = _named(doc, registry)
    _assert_kind(by_name, "organisation", "Senate of Ghana", "Central Bank of Ghana")


def test_a_name_with_a_list_of_qualities_in_it_is_whole_with_its_acronym():
    by_name = _by_name("They endorsed the Global Compact for Safe, Orderly and Regular Migration (GCM) in 2018. The "
                       "Coastal Declaration on Migration, Environment, and Climate Change followed.")
    _assert_kind(by_name, "agreement", "Global Compact for Safe, Orderly and Regular Migration",
                 "Coastal Declaration on Migration, Environment, and Climate Change")
    assert by_name["Global Compact for Safe, Orderly and Regular Migration"].acronym == "GCM"
    assert not {"Global Compact for Safe", "Orderly and Regular Migration", "GCM"} & set(by_name), sorted(by_name)


def test_an_agreement_named_with_the_countries_it_is_with_or_between_is_one_name():
    by_name = _by_name("Ghana signed a memorandum of understanding with Rwanda. Thailand has a labour agreement with Laos, "
                       "Vietnam and Cambodia, and the agreement between Greece and Bangladesh holds.")
    _assert_kind(by_name, "agreement", "memorandum of understanding with Rwanda",
                 "labour agreement with Laos, Vietnam and Cambodia", "agreement between Greece and Bangladesh")
    assert "labour agreement" not in by_name, sorted(by_name)


def test_a_roadmap_a_master_plan_and_a_capitalised_diaspora_policy_are_policies():
    by_name = _by_name("Valoria is developing a Diaspora policy, a national roadmap and a national master plan.")
    _assert_kind(by_name, "policy", "Diaspora policy", "national roadmap", "national master plan")


def test_a_bodys_name_keeps_no_honorific_or_post_word_of_the_person_after_it():
    by_name = _by_name("The Vice Chancellor, Harbour University Prof. Ana Ruiz spoke. The Coastal Fund-backed project began. "
                       "They met Delta Centre Executive Director Lena Holt.")
    _assert_kind(by_name, "organisation", "Harbour University", "Coastal Fund", "Delta Centre")
    assert not [n for n in by_name if n.endswith(("Prof", "-backed", "Executive"))], sorted(by_name)


def test_two_names_sharing_their_last_word_and_a_body_then_a_post_of_another_are_cut_apart():
    by_name = _by_name("The event was attended by the Lorvik Hluttaw and Kestra Hluttaw members. It was hosted by the Harbour "
                       "Process Secretariat and Director of the Coastal Countries Region, Mr Ana Ruiz. The Member of Cabinet "
                       "and Acting Minister of Culture Tomas Berg spoke.")
    assert {"Lorvik Hluttaw", "Kestra Hluttaw"} <= set(by_name), sorted(by_name)
    _assert_kind(by_name, "organisation", "Harbour Process Secretariat")
    assert not [n for n in by_name if " and " in n and ("Hluttaw" in n or "Director" in n)], sorted(by_name)
    assert "Member of Cabinet" not in by_name, sorted(by_name)
