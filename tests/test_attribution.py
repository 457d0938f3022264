"""Attribution by news-writing conventions, on short paragraphs made up for each rule, and the
properties every figure's `what` and unit keep."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support import source_of_words

from summarizer.text.layout import layout
from summarizer.text.meaning.figure import STOP_WORDS, figure_what
from summarizer.text.meaning.unit import figure_unit
from summarizer.text.numbers.quantities import figure_candidates
from summarizer.text.numbers.units import currency_code, normalise_unit
from summarizer.text.sources.references import acronym_name, resolve_reference


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # Named in the sentence, after the claim.
        ("Storms killed 14 people, the interior ministry said on Monday.", "14",
         "the interior ministry"),
        # Named before the claim.
        ("The Air Force said air defenses shot down 31 missiles overnight.", "31",
         "The Air Force"),
        # Inverted: the verb, then the source.
        ("Prices rose 3 percent, said an economist on Tuesday.", "3", "an economist"),
        ("Some 40 villages were cut off, according to the Red Cross.", "40", "the Red Cross"),
        # Carried to the next sentences of the paragraph...
        ("The agency said 12 homes burned. Another 30 were damaged.", "30", "The agency"),
        # ...until another source is named.
        ("The agency said 12 homes burned. Residents told reporters 50 had fled.", "50",
         "Residents"),
        # A pronoun stands for the nearest named source.
        ("Mayor Jane Doe spoke on Friday.\nShe said 200 families were moved.", "200",
         "Mayor Jane Doe"),
        # A contrast gives the other claim its own clause only.
        ("The agency said 12 homes burned. About 30 were damaged, though residents put it "
         "at 50.", "30", "The agency"),
        # A paragraph that opens by referring back continues the one before.
        ("According to the army, 300 troops were sent.\n\nOf those, 20 were hurt.", "20",
         "the army"),
        # A claim before a contrast still governs what it reports.
        ("The agency said 92 percent of homes had power but only 80 percent had water.",
         "80 percent", "The agency"),
        # A pronoun stands for the person, not for a name inside their affiliation.
        ("Anna Berg, an analyst at the Centre for Port Studies, said 92 percent of ships "
         "docked but only 80 percent of barges. “Some 300 barges are idle,” she said.", "300",
         "Anna Berg"),
        # A name carries the acronym it is introduced with.
        ("Analysts polled by the Harbour News Agency (HNA) had expected a profit of 4 "
         "billion dollars.", "4 billion", "Analysts polled by the Harbour News Agency (HNA)"),
        ("The regional water board (RWB) of Lower Vale, the driest district, said on Monday "
         "that it had counted 60 dry wells.", "60", "The regional water board (RWB) of Lower Vale"),
        # A pronoun stands for the whole name, title and all.
        ("Interior Minister Ana Maria Ruiz spoke on Monday, and she said 40 boats were "
         "stopped.", "40", "Interior Minister Ana Maria Ruiz"),
        # "for" inside a proper name does not end it.
        ("Orders rose to 40, according to research by the Institute for Supply Management.",
         "40", "research by the Institute for Supply Management"),
        # A paragraph of background ("It is ...") does not continue the one before.
        ("The agency said 12 homes burned.\n\nIt is the third flood since 2020, when 40 "
         "homes burned.", "40", None),
        ("The agency said 12 homes burned.\n\nThey included 4 schools.", "4", "The agency"),
        # Background the wire style adds after "X said, as ..." is not X's...
        ("The river rose 3 metres, the county council said, as 400 soldiers joined the "
         "search.", "400", None),
        # ...while what X said holds whatever its words.
        ("The county council said the river rose 3 metres, as 400 soldiers joined the search.",
         "400",
         "The county council"),
        # A time between the name and its verb is not part of the name.
        ("The council on Monday unveiled a plan to build 400 homes.", "400", "The council"),
        # Nobody quoted: the outlet's own figure.
        ("The bridge, built in 1932, carries 9,000 cars a day.", "9,000", None),
        # A poll's answers, paragraphs later, are the poll's...
        ("A survey conducted for the Harbour Times found 41 percent backed the plan.\n\n"
         "Another 30 percent felt it went too far.", "30 percent",
         "Harbour Times"),
        ("A survey conducted for the Harbour Times found 41 percent backed the plan.\n\n"
         "By contrast, 62 percent of younger respondents opposed it.", "62 percent",
         "Harbour Times"),
        # ...but not any share written after a poll.
        ("A survey conducted for the Harbour Times found 41 percent backed the plan.\n\n"
         "Rents rose 7 percent last year.", "7 percent", None),
        # "according to X" ends where the clause's verb begins.
        ("The first tremor, which according to the Lota Seismic Office had a magnitude of "
         "4.7, shook the port.", "4.7", "the Lota Seismic Office"),
        # A claim inside a relative clause after the figure is the clause's own.
        ("According to the Harbour Times, claims rose to 444,000, which, according to the "
         "Daily Courier, is a record.", "444,000", "the Harbour Times"),
        # ... but any other clause after the figure leaves the claim after it whole.
        ("The quake killed 50 people, who were buried in the rubble, officials said.", "50",
         "officials"),
        ("Exports fell 9%, which was the biggest drop since 2009, the ministry said.", "9%",
         "the ministry"),
        # A named source's document speaks for the source.
        ("Harbour Daily's analysis of its own traffic concluded that 30 percent came from "
         "search.", "30", "Harbour Daily"),
        # A body named after its owner speaks for itself; "the group" is the organisation
        # named before; "now" between a name and its verb is no part of the name; a study
        # named by five words.
        ("The Ministry of Trade's Harbour Statistics Office projects that 40 ships will dock.",
         "40", "Harbour Statistics Office"),
        ("Lowmoor Farmers Union held a vote.\n\nThe group said 35 percent backed the plan.",
         "35", "Lowmoor Farmers Union"),
        # ... but a company first, an organisation with the head noun first, and never after
        # "a group of ...".
        ("Brightwell Foods Inc. cut costs. The Lowmoor Farmers Union objected. The group said "
         "200 jobs would go.", "200", "Brightwell Foods Inc."),
        ("The Lowmoor Coalition said 5 died. Harbour Watch said 9 died. The coalition said 40 "
         "were hurt.", "40", "The Lowmoor Coalition"),
        ("A group of 30 scientists wrote to the Harbour Health Organization. The group said 70 "
         "percent agreed.", "70", "The group"),
        ("Officials now say 348 people were killed.", "348", "Officials"),
        ("Backers cheered as the Harbour Times-Lowmoor Daily Courier poll found 21 percent "
         "backed Ruiz.", "21", "Harbour Times-Lowmoor Daily Courier poll"),
        # ... but a name that holds its own "'s" stays whole, a body is kept apart from its
        # country, and a document's owner speaks only when it opens the clause (a second
        # reviewer's probes).
        ("Moody's Investors Service said 40 banks failed.", "40", "Moody's Investors Service"),
        ("The People's Bank of China said 40 banks failed.", "40",
         "The People's Bank of China"),
        ("Japan's Ministry of Finance said 40 banks failed.", "40",
         "Japan's Ministry of Finance"),
        ("Two economists who worked on the Fund's review said losses reached 8 percent.", "8",
         None),
        ("Trading concluded with the index down 1.2%.", "1.2%", None),
        ("The latest Harbour Times poll shows 40 percent back it.", "40", "Harbour Times poll"),
        # A body's results, data or figures speak for it, past an apposition.
        ("Data from the Harbour Statistics Office showed 444 ships docked.", "444",
         "Harbour Statistics Office"),
        ("Preliminary results from the Lowmoor Literacy Survey (LLS), released on Monday by the "
         "ministry, indicate a gain of 8 points.", "8", "Lowmoor Literacy Survey (LLS)"),
        # More verbs of saying.
        ("Ana Ruiz remarked that as many as 700 homes could be lost.", "700", "Ana Ruiz"),
        # A forecaster's numbers are its own: "is predicting", "cut its ... forecast to".
        ("The Harbour Fund is predicting 3.3 percent growth this year.", "3.3",
         "The Harbour Fund"),
        ("The Harbour Fund has cut its Lowmoor growth forecast for the year to 2.5 percent.",
         "2.5", "The Harbour Fund"),
        ("The central bank kept its forecast for growth unchanged at 6.8 percent.", "6.8",
         "The central bank"),
        # A body's release: "released data showing", and the agent of a passive of releasing
        # or measuring...
        ("The Harbour Statistics Office released data on Saturday showing prices rose 6.4 "
         "percent.", "6.4", "The Harbour Statistics Office"),
        ("A second quake was measured at magnitude 6.3 by the Lowmoor Seismic Office.", "6.3",
         "Lowmoor Seismic Office"),
        ("Photos released by Lowmoor state media depict about 1,000 soldiers.", "1,000",
         "Lowmoor state media"),
        # ... but not what was released (a substance), nor a month after "by", nor "added"
        # that adds things.
        ("Our estimate shows it is about ten percent of what was released by Chernobyl.",
         "ten percent", None),
        ("The figures were compiled by March and listed 40 sites.", "40", None),
        ("Earmarks added into the bill included $192 million in rebates.", "$192 million",
         None),
        ("The Harbour Index added 50 points.", "50", None),
        # A quotation is its speaker's, every sentence of it, whichever end names them.
        ('"Growth is stable. The accumulated growth is 7.4, the third quarter 7.3," said '
         "Sheng Lai, a spokesman.", "7.4", "Sheng Lai"),
        ('Ana Ruiz said: "We will build 40 new dams. It is 12 more than planned."', "12",
         "Ana Ruiz"),
        ('The agency said 12 homes burned. Ana Ruiz said: "We counted 40 more. It is 9 more '
         'than planned." Another 30 were damaged.', "9", "Ana Ruiz"),
        # A paragraph that names no one takes the source the next one gives its numbers.
        ("Lowmoor's economy grew by 7.3 percent in the third quarter.\n\nThe figure, released "
         "on Tuesday by the Harbour Statistics Office, beat forecasts.", "7.3",
         "Harbour Statistics Office"),
        ("Lowmoor's economy grew by 7.3 percent in the third quarter.\n\nThe port, said the "
         "Harbour Statistics Office, is busy.", "7.3", None),
        # A pollster's polling speaks for it; "Recent polling" is no one.
        ("ComRes polling indicated the race is close, projecting the Tories with 34% of the "
         "vote.", "34%", "ComRes"),
        ("Recent polling suggested 5 more seats would change hands.", "5", None),
        # An appositive that opens on a body's name ("Harbour Bank president") describes the
        # speaker; "he" after it is the person, not the bank.
        ("Ana Ruiz, Harbour Bank president, said food prices rose 36% last year.\n\nHe "
         "warned that 10 million more people would be poor.", "36%", "Ana Ruiz"),
        ("Ana Ruiz, Harbour Bank president, said food prices rose 36% last year.\n\nHe "
         "warned that 10 million more people would be poor.", "10 million", "Ana Ruiz"),
        # A day after the verb is no speaker.
        ("The Harbour Bank, a lender, warned Thursday that 44 million people are poor.", "44",
         "The Harbour Bank"),
        # "added" says, wherever it says it ("added in a statement"), but not "added into".
        ("Costs rose 5 percent, Ana Ruiz added in a statement.", "5 percent", "Ana Ruiz"),
        ("The ministry added in its report that 2,000 homes were lost.", "2,000",
         "The ministry"),
        # An appositive naming the body with "of" ("Bank of Harbour governor").
        ("Tom Reed, Bank of Harbour governor, said rates stay at 5.25 percent.", "5.25",
         "Tom Reed"),
        # The next paragraph names the source only as the agent of a release, not anyone
        # commenting on the numbers.
        ("Unemployment fell to 4.1 percent.\n\nThe figures are a relief, said analyst Ana "
         "Ruiz of the Harbour Bank.", "4.1", None),
        # A passive's agent in the same clause only: "measured ... and confirmed by" is not.
        ("The dust was measured at 40 micrograms in the lab and confirmed by Harbour "
         "engineers.", "40", None),
        # "according to the U.N." ending a sentence does not run into the next one.
        ("About 30 percent of adults smoke, according to the U.N. Another 10 percent vape.",
         "30", "the U.N."),
        ("Some 2,000 troops were sent, according to the U.S. The Pentagon said 500 more would "
         "follow.", "2,000", "the U.S."),
        # A body's count released: "released its count Thursday showing".
        ("The UN mission released its count Thursday showing 712 people were killed.", "712",
         "The UN mission"),
        # "placed the figure at", "measured the quake at": a body's own number.
        ("Civil defence authorities placed the homeless figure at about 185,000.", "185,000",
         "Civil defence authorities"),
        ("The Harbour Survey measured the quake at 6.5 magnitude.", "6.5", "The Harbour Survey"),
        ("Another quake, measured at magnitude 6.3 by the USGS, hit Xinjiang.", "6.3", "USGS"),
        # A speaker set apart from the verb by two asides, or by an aside with a bracket.
        ("Ana Ruiz, a Harbour Board officer, in an interview with Radio Tide, said 40 boats "
         "sank.", "40", "Ana Ruiz"),
        ("On Friday, Jon Lee, the director of Harbour Aid (Aide Portuaire, AP), told the "
         "Courier that 12 ports closed.", "12", "Jon Lee"),
        # One aside saying where or to whom, a title and a role before the name.
        ("Civil Defense director General Ana Ruiz, in remarks to Tide TV, said 107 people "
         "died.", "107", "General Ana Ruiz"),
        # Where a speaker spoke is not their name.
        ("Ana Ruiz in an interview with the Courier said 40 boats sank.", "40", "Ana Ruiz"),
        # A prefixed verb of saying; a clause it reports names no one.
        ("The Tide Party counter-claimed a deal between the Harbour Party and the Greens had put "
         "the cost up by 12 million.", "12", "The Tide Party"),
        # A role after the verb, then the name.
        ('"We expect 30 more cases," said the agency\'s deputy director, Ann Lee.', "30",
         "Ann Lee"),
        ('"Prices rose 5 percent," said the minister, adding that more was to come.', "5",
         "the minister"),
        # An accusation is a claim.
        ("Jon Lee, a lawyer for the family, accused the police of firing 12 shots.", "12",
         "Jon Lee"),
        ("He was accused of stealing 5 cars.", "5", None),
        # A claim after a semicolon opens a clause of its own.
        ("Phivolcs reported the magnitude was 5.5; the Harbour Survey reported 5.8.", "5.5",
         "Phivolcs"),
        # An abbreviation inside a name read after "according to".
        ("According to the U.S. Geological Survey, the quake struck 308 miles away.", "308",
         "the U.S. Geological Survey"),
    ],
)  # fmt: skip
def test_attribution_rules(text: str, number: str, source: str | None) -> None:
    assert source_of_words(text, number) == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # An appositive describes the speaker: the source is the name before it.
        ("Anna Berg, an economist at the Nordic Policy Institute, said rents rose 7 percent.",
         "7", "Anna Berg"),
        ("Omar al-Rashid, 61, told reporters that 40 wells were closed.", "40",
         "Omar al-Rashid"),
        ("The bank's chief economist, Lena Vogt, said 45 branches would close.", "45",
         "Lena Vogt"),
        ("The union's leader, the 58-year-old Piet Adler of the Dock Workers Union, told "
         "members that 900 jobs were at risk.", "900", "Piet Adler"),
        # An unnamed source described by an appositive; "told X" names who was told.
        ("A senior port official, speaking on condition of anonymity, told the Tribune that "
         "60 cranes were idle.", "60", "A senior port official"),
        ("An internal memo by the transport agency, seen by reporters, estimates that 80 "
         "bridges need repair.", "80", "An internal memo by the transport agency"),
        # A person and their affiliation, read back from the verb: the person stays.
        ("Dr. Ines Kohl of the Institute for Coastal and Marine Research in Bergen said seas "
         "rose 4 millimetres.", "4", "Dr. Ines Kohl"),
        ("A spokesman for TransRail, the national rail operator, said 300 trains ran late.",
         "300", "TransRail"),
        # A quotation, then its speaker and the speaker's role: the next quotation of the
        # paragraph is theirs too.
        ('"It could have been far worse," Mara Quist, editor at the Harbour Times, said. '
         '"A week later, 300 boats would have been in the bay."', "300", "Mara Quist"),
        # A definite description stands for the body named before with the same head noun.
        ("The Harbour Safety Agency opened an inquiry.\n\nThe ferry carried 212 passengers, "
         "the agency said.", "212", "The Harbour Safety Agency"),
        ("The Valmont prefectural government said 30 homes flooded.\n\nAt least 9 roads are shut, "
         "according to the prefecture.", "9", "The Valmont prefectural government"),
        # ... the first such body, the one the story introduced in full.
        ("The Ministry of Transport said ports were shut. The Tourism Ministry said hotels "
         "were open.\n\nRepairs will cost 3 million euros, according to the ministry.",
         "3 million", "The Ministry of Transport"),
        # "the company" is the company the story is about.
        ("Brightwell Foods Inc. posted results on Monday.\n\nThe company said it would cut "
         "120 jobs.", "120", "Brightwell Foods Inc."),
        # A document introduced as "a filing ..." is "the filing" afterwards.
        ("Sales fell, the firm said in a filing with the Oslo exchange. Rivals own 12 percent "
         "of it, according to the filing.", "12", "filing with the Oslo exchange"),
        # An unnamed spokesperson speaks for the body.
        ("The Ministry of Labour published data.\n\nA ministry spokesman put the number of "
         "claims at 5,400.", "5,400", "The Ministry of Labour"),
        # A shortened name stands for the longer one before it.
        ("The Royal Danish Navy said 3 ships sailed.\n\nSome 14 sailors were hurt, the Navy "
         "said.", "14", "The Royal Danish Navy"),
        # An organisation introduced as "Full Name (ACR)" is called by its acronym after.
        ("The Union of Dairy Farmers (UDF) met.\n\nPrices fell 6 percent, UDF said.", "6",
         "Union of Dairy Farmers (UDF)"),
        # "according to" a document names the whole document.
        ("Debt will rise to 90 percent, according to a report the treasury sent to "
         "parliament.", "90", "a report the treasury sent to parliament"),
        # A survey by a firm described in lower case names the firm.
        ("Turnout will be 61 percent, according to a survey by the research firm Opinia.",
         "61", "Opinia"),
        # A paragraph that opens on "The poll", "The results" continues the paragraph before.
        ("Support stands at 40 percent, according to Opinia.\n\nThe poll of 900 voters ran "
         "for a week. Some 12 percent were undecided.", "12", "Opinia"),
        # A body called by its field is the full name that holds it.
        ("The Ministry for Coastal Affairs said the sea rose. The Coastal Ministry gave a "
         "figure of 12 centimetres.", "12", "The Ministry for Coastal Affairs"),
        # A participle of saying gives the clause's subject what follows it...
        ("The Port Authority of Lower Vale called for more tugs, saying at least 6 were "
         "needed.", "6", "The Port Authority of Lower Vale"),
        ("The Federation of Pilots (FOP) went further, estimating delays at 40 minutes.", "40",
         "The Federation of Pilots (FOP)"),
        # ...the subject right before its verb, not a title before a person's name.
        ("FOP chair Ana Ruiz dismissed the survey, saying delays were 40 minutes.", "40",
         "Ana Ruiz"),
        # A title before a name and an appositive after it are not the name.
        ("Senior researcher Ana Ruiz, of the Lowmoor Institute, said 12 wells were dry.", "12",
         "Ana Ruiz"),
        # A person named in full once is then named by surname, with or without a title.
        ("The study was led by Prof. Dana Whitfield of Lowmoor University.\n\nProfessor "
         "Whitfield says only 12 percent of salt is treated.", "12", "Dana Whitfield"),
        ("Tomas Ekberg, a port engineer, was asked.\n\nEkberg said 30 cranes were idle.", "30",
         "Tomas Ekberg"),
        # ... the nearest such person; never a firm, a university or a name with no sign
        # of a person.
        ("Bill Clinton spoke first. Hillary Clinton, a senator, then spoke. Clinton said 5 "
         "firms failed.", "5", "Hillary Clinton"),
        ("Analysts at Morgan Stanley were cautious. Stanley said 5 firms failed.", "5",
         "Stanley"),
        ("George Washington University hosted it. Washington said 5 firms failed.", "5",
         "Washington"),
    ],
)  # fmt: skip
def test_second_references_and_appositives(text: str, number: str, source: str) -> None:
    assert source_of_words(text, number) == source


def test_a_release_story_restates_its_body_until_another_source_is_named() -> None:
    text = (
        "Harbour Office Projects 4,100 Arrivals in May\n\n"
        "The Harbour Statistics Office projects that 4,100 ships will arrive in May.\n\n"
        "One ship is expected every 11 minutes at peak hours.\n\n"
        "Dock workers said 30 cranes were idle. Another 12 cranes are new.\n\n"
        "Fees rose 5 percent."
    )
    assert source_of_words(text, "11") == "The Harbour Statistics Office"
    assert source_of_words(text, "5 percent") is None  # another source was named since
    assert source_of_words(text, "12") == "Dock workers"  # carried in its paragraph
    # Not a release story: the reporter's figure stays the outlet's.
    plain = text.replace("Harbour Office Projects 4,100 Arrivals in May", "Busy Month at Port")
    assert source_of_words(plain, "11") is None


def test_a_description_with_nothing_named_before_stays_as_written() -> None:
    assert source_of_words("The agency said 12 homes burned.", "12") == "The agency"
    # A plural of a role is no surname: "Officials" stays as written.
    text = "Harbour Officials met on Monday.\n\nOfficials said 40 homes burned."
    assert source_of_words(text, "40") == "Officials"


@pytest.mark.parametrize(
    ("a", "b", "asked"),
    [
        ("Analysts polled by the Harbour News Agency", "Harbour News Agency (HNA)", True),
        ("Harbour News Agency", "economists surveyed by Harbour News Agency", True),
        ("Analysts at Tide Securities", "Tide Securities", False),  # they speak for it
        ("The GUR", "Ukraine's GUR", False),
    ],
)
def test_people_a_body_asked_are_not_the_body(a: str, b: str, asked: bool) -> None:
    from summarizer.text.sources.names import people_of

    assert people_of(a, b) is asked


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # A report with its author is the report, named as the article names it.
        ("Some 40 million people were displaced, according to the 2024 Harbour Trends report by "
         "the Harbour Refugee Office (HRO).", "40",
         "2024 Harbour Trends report by the Harbour Refugee Office (HRO)"),
        ("An internal report by the national health agency, seen by the Courier, estimates "
         "that stocks cover 1.2 million children.", "1.2", "internal report by the national "
         "health agency"),
        ("A report by the Harbour Statistics Office, which said 5,000 jobs went, was published.",
         "5,000", "report by the Harbour Statistics Office"),
        # A report filed from a place is its owner's; a day after its author is no name.
        ("A Harbour Wire report from Lotown said 40 people died.", "40",
         "Harbour Wire report"),
        ("The toll rose to 40, according to a report by Harbour Wire on Tuesday.", "40",
         "report by Harbour Wire"),
        ("A report by the Bank of Harbour on Monday said growth was 3 percent.", "3",
         "report by the Bank of Harbour"),
        # "The pollster" is the one whose poll the article named; the subject that opens a
        # sentence says what its "and said" says.
        ("Only one in three approve, according to a new Harbour Gallup survey.\n\nThe pollster "
         "questioned 1,000 people and said Thursday that 55 percent disapproved.", "55",
         "Harbour Gallup"),
        ("Police arrested three men and said 12 more fled.", "12", "Police"),
        ("Rebels attacked the town and officials said 40 died.", "40", "officials"),
        # Officials "declared" a count; reports no one is named for; estimates by a body; a
        # time of day after a speaker is no part of the name.
        ("Harbour officials yesterday afternoon declared over 145 people were found dead.",
         "145", "Harbour officials"),
        ("The state has declared a state of emergency as over 40,000 are homeless.", "40,000",
         None),
        ("Reports indicate that the gunman fired 6 shots.", "6", "Reports"),
        ("The blast killed 15, with some reports indicating that 60 people died.", "60",
         "some reports"),
        ("Estimates by the Harbour Bank report writers suggest 15% of women agree.", "15%",
         "Harbour Bank"),
        # Near misses (a review's probes): someone questions were referred "to" is an
        # antecedent; "who ... the WHO said" names no "work with the WHO"; reports a source
        # denies are its own words; a modifier of reports is part of their name; "the
        # pollster" is named without the article, or by "a poll by"; a body conducting a
        # poll keeps its "of"; a role is not another holder's with another qualifier.
        ("Officials referred questions to Interior Minister Ali Khan. He said 40 people had "
         "died.", "40", "Interior Minister Ali Khan"),
        ("Doctors who work with the WHO said 40 patients died.", "40", None),
        ("The ministry said 40 people had died. Reports suggesting 100 deaths were false, it "
         "said.", "100", "The ministry"),
        ("Police reports indicate 30 arrests were made.", "30", "Police reports"),
        ("Other reports suggested that the markets slowed 5 percent.", "5", "Other reports"),
        ("A Harbour University poll found 40 percent approve. The pollster said 55 percent "
         "disapprove.", "55", "Harbour University"),
        ("An opinion poll by Lowmoor Center found 40 percent approve. The pollster said 55 "
         "percent disapprove.", "55", "Lowmoor Center"),
        ("The poll said 40 percent approve.\n\nThe poll was conducted by the University of "
         "Harbour.", "40", "poll by the University of Harbour"),
        ("The Foreign Minister said 40 diplomats were expelled. Prime Minister Tom Lee said "
         "more would go.", "40", "The Foreign Minister"),
        ("President Tom Lee met the leaders. The Harbour President said 40 countries signed.",
         "40", "The Harbour President"),
        ("The Interior Minister said 40 people died.\n\nMinister Ali Khan, the education "
         "minister, spoke later.", "40", "The Interior Minister"),
        # A quake named by its magnitude is background, the story's own, whoever the
        # sentence quotes; a magnitude reported is its reporter's.
        ("Officials said 500 people were injured in the magnitude 7.7 quake.", "7.7", None),
        ("Reports said the wave was small. An 8.6 magnitude earthquake occurred offshore.",
         "8.6", None),
        ("Officials said the 7.7 quake killed 40.", "7.7", None),
        ("The USGS said a magnitude 6.1 quake struck 20 km from the city.", "6.1", "The USGS"),
        ("The USGS said the quake measured 6.1.", "6.1", "The USGS"),
        # Whom a speaker told is no antecedent of "she".
        ("Ann Roe is the agency's spokesperson. She told radio reporter Tom Lee that rains "
         "came late.\n\nShe says the agency still needs $90 million.", "$90", "Ann Roe"),
        # An acronym is no relative pronoun: "The WHO said" (not "who said").
        ("The WHO said that the fatality rate dropped to 2.3% this month.", "2.3%", "The WHO"),
        # A headline giving a body's word makes the story's findings the body's, until
        # another source is named (the body named again by its acronym is the same).
        ("WHO says cholera epidemic 'past its peak'\nWednesday, March 25, 2009\n\n"
         "The World Health Organisation (WHO) has stated that the outbreak has peaked.\n\n"
         "\"The situation is improving,\" the WHO said.\n\n"
         "New cases in the week ending March 14 were 2,076.", "2,076",
         "The World Health Organisation (WHO)"),
        # A headline in title case names no one: "the poll" is not its words.
        ("Post-Election Poll Sees Ruiz's Approval Up\n\nPresident Ruiz spoke on Friday.\n\n"
         "The poll, released Friday, says her approval rating stands at 57 percent.", "57",
         "The poll"),
        # "the report" later stands for it, never for an older report of someone else.
        ("Harbour report says rents rose.\n\nRents rose, according to the annual report by "
         "the Harbour Housing Board. According to the report, 30 percent of tenants moved.",
         "30", "annual report by the Harbour Housing Board"),
        # Not a report's author: a report of an event, a month.
        ("A report of 45 cases was filed on Monday, police said.", "45", "police"),
        ("A report of 45 cases was filed on Monday.", "45", None),
    ],
)  # fmt: skip
def test_a_report_with_its_author_is_the_report(text: str, number: str, source: str | None) -> None:
    assert source_of_words(text, number) == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # A person introduces a quotation with a colon, without a verb of saying.
        ("Harbour spokesman Tomas Ekberg called for calm: \"We have 40 boats out.\"", "40",
         "Tomas Ekberg"),
        # ... or in the sentence just before it, in the same paragraph.
        ("Head of the Harbour Board, Ana Ruiz, offered her view. \"Some 30 berths are idle.\"",
         "30", "Ana Ruiz"),
        # A paragraph that opens on a quotation continues the one before (the same speaker).
        ("Dr. Ann Lee said she was alarmed. \"Half the wards are full,\" she said.\n\n\"We "
         "lose 15 beds a week.\"", "15", "Dr. Ann Lee"),
        # A role is no person; a name after a preposition is no subject.
        ("Ana Ruiz, Harbour Finance Minister, declared: \"We have 40 boats.\"", "40",
         "Ana Ruiz"),
        ("A strategist for Miller Tabak, commented: \"We see 12 more cuts.\"", "12", None),
        # No quotation before, or a paragraph between: no continued quote.
        ("Dr. Ann Lee said she was alarmed.\n\nThe wards filled.\n\n\"We lose 15 beds.\"",
         "15", None),
    ],
)  # fmt: skip
def test_a_quotation_introduced_by_a_person_is_theirs(
    text: str, number: str, source: str | None
) -> None:
    assert source_of_words(text, number) == source


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("Portugal reported its first confirmed case of the disease", "Portugal"),
        ("counter-claimed a deal between the Conservatives and Liberal Democrats", ""),
        ("Local media reports", "Local media reports"),  # a name ending on the word
        ("Said Hassan", "Said Hassan"),  # a given name
        ("Witnesses who said they saw it", "Witnesses"),
        ("the Health Ministry, which confirmed the figures", "the Health Ministry"),
        ("the reported death toll", ""),
        ("Economic analysts polled by Reuters", "Economic analysts polled by Reuters"),
    ],
)
def test_a_source_name_is_cut_before_a_verb_of_saying(name: str, kept: str) -> None:
    from summarizer.text.sources.claims import name_before_saying

    assert name_before_saying(name) == kept


def test_a_word_ending_a_sentence_is_no_given_name() -> None:
    text = (
        "The trader, Ann Lee, 53, was sentenced.\n\nCourt officials told Xinhua. Lee had "
        "denied paying 8 officials."
    )
    assert source_of_words(text, "8") == "Ann Lee"


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ("Amy Vaughn of the U.S. Geological Survey", "U.S. Geological Survey", True),
        ("Kate Hutton of the California Institute of Technology", "Hutton", False),
        ("Philippine Institute of Volcanology and Seismology (Phivolcs)", "Phivolcs", False),
        ("Ann Lee of Harbour Bank", "Jon Lee of Harbour Bank", False),
    ],
)
def test_a_person_and_the_body_they_speak_for_are_two_sources(a: str, b: str, apart: bool) -> None:
    from summarizer.text.sources.names import person_of

    assert person_of(a, b) is apart


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # A semicolon splits only a clause that names its own source before its numbers.
        ("The blast killed 40 people; 12 were children, officials said.", "40", "officials"),
        # An affiliation stays in a name; only how one spoke is cut.
        ("Economists at the central bank said inflation would reach 3 percent.", "3",
         "Economists at the central bank"),
        # The source named again is no other person.
        ("President Joe Biden said 40,000 troops would stay. Joe Biden then listed 12 bases.",
         "12", "President Joe Biden"),
        # An introducer speaks for the quotation only, not for their sentence's numbers.
        ('Maria Lopez, 34, has raised 3 children on $12,000 a year. "It is not enough."', "3",
         None),
        # A name opening the sentence is no lead-in to skip.
        ("Jens Stoltenberg, NATO Secretary General, at a press conference, said 30 jets flew.",
         "30", "Jens Stoltenberg"),
        # A month is no note's source, and a note closes its article.
        ("The figures were from March.\n\nExports fell 4 percent.\n\nThe figures were from "
         "March.", "4", None),
    ],
)  # fmt: skip
def test_review_of_session_8(text: str, number: str, source: str | None) -> None:
    assert source_of_words(text, number) == source


def test_a_report_and_its_author_are_two_sources() -> None:
    from summarizer.text.sources.names import authored_apart, kind_of

    report = "2024 Harbour Trends report by the Harbour Refugee Office (HRO)"
    assert authored_apart(report, "Harbour Refugee Office (HRO)")
    assert not authored_apart(report, "the Harbour Trends report by the HRO")
    titled = "Harbour Research Service report, The Food Landscape: Fiscal Year 2019"
    assert authored_apart(titled, "Harbour Research Service")  # "the X report, Title"
    assert not authored_apart("the report, which", "Harbour Research Service")
    assert kind_of("report by the Ministry of Defence") == "document"
    # "the agency" is the agency named before, not a report the agency wrote.
    text = (
        "The Harbour Health Agency met on Monday. A report by the Harbour Health Agency "
        "said 40 beds were free.\n\nThe agency said 12 wards closed."
    )
    assert source_of_words(text, "12") == "The Harbour Health Agency"


def test_a_source_stops_carrying_when_the_paragraph_moves_to_another_person() -> None:
    text = (
        "Prosecutors claimed that one juror might be biased. The judge overseeing the case, "
        "Steven T. O'Neill, decided to accept it. Of eleven jurors seated, ten were white."
    )
    assert source_of_words(text, "ten") is None
    carried = (
        "Prosecutors claimed that one juror might be biased. Of eleven jurors, ten were white."
    )
    assert source_of_words(carried, "ten") == "Prosecutors"


def test_a_statistical_notes_source_line_states_its_numbers() -> None:
    note = (
        "Prices rose 2.0 percent over the year. The index for food rose 1.6 percent.\n\n"
        "These data are from the Harbour Price Index program. To learn more, see the release."
    )
    assert source_of_words(note, "1.6") == "Harbour Price Index program"
    chart = (
        "Costs rose 14 percent.\n\nThis chart is drawn from the Harbour Crops Outlook, June "
        "2021, and is based on data from the Harbour Office."
    )
    assert source_of_words(chart, "14") == "Harbour Crops Outlook, June 2021"
    # "appears in X's report": X, by its full name when the note gives one
    owned = (
        "The Harbour Research Service (HRS) runs a survey. In 2019, 89.5 percent were secure."
        "\n\nThis chart appears in HRS's report, Harbour Food Security in 2019."
    )
    assert source_of_words(owned, "89.5") == "Harbour Research Service (HRS)"
    # a number another source states keeps it
    named = "The ministry said 40 homes burned.\n\nThese data are from the Harbour Office."
    assert source_of_words(named, "40") == "The ministry"


def test_a_source_does_not_carry_into_the_next_paragraph() -> None:
    text = "The agency said 12 homes burned.\n\nThe river rose 3 metres overnight."
    assert source_of_words(text, "3 metres") is None


def test_a_lead_figure_takes_the_attribution_of_its_headline() -> None:
    from summarizer.llm.strategies.sourcing import SourceBook
    from summarizer.text.sentences import sentences

    text = (
        "Up to 500 people missing after floods, officials say\n\n"
        "Up to 500 people are missing after floods swept the valley.\n\n"
        "Rescue teams arrived on Tuesday."
    )
    lay = layout(text)
    book = SourceBook(text, lay, sentences(text, lay))
    book.add_claims()
    lead = [m for m in figure_candidates(text, lay) if m.start > text.index("\n")]
    assert [book.source_of(m) for m in lead] == ["officials"]
    assert [s.name for s in book.sources] == ["officials"]


def _kept_sources(text: str, names: list[str]) -> tuple[list[str], list[str]]:
    """The model's ``names`` the source list keeps, and the warnings of those it drops."""
    from summarizer.brief.schema import BriefWarning
    from summarizer.llm.responses import SourceLabel, SourceLabels
    from summarizer.llm.strategies.sourcing import SourceBook
    from summarizer.text.sentences import sentences

    lay = layout(text)
    book = SourceBook(text, lay, sentences(text, lay))
    warnings: list[BriefWarning] = []
    labels = SourceLabels(sources=[SourceLabel(name=n, kind="other") for n in names])
    book.add_labels(labels, warnings)
    return [s.name for s in book.sources], [w.message for w in warnings]


def test_a_figure_keeps_a_source_the_model_named_when_the_attribution_finds_it() -> None:
    from summarizer.brief.schema import BriefWarning
    from summarizer.llm.responses import SourceLabel, SourceLabels
    from summarizer.llm.strategies.sourcing import SourceBook
    from summarizer.text.sentences import sentences

    text = (
        "Headline of the day\n\nThe Harbour Board (HB) plans to spend 40 million dollars. "
        "Rep. Ana Ruiz called it waste.\n\nHB said work starts in May."
    )
    lay = layout(text)
    book = SourceBook(text, lay, sentences(text, lay))
    warnings: list[BriefWarning] = []
    book.add_labels(
        SourceLabels(sources=[SourceLabel(name="The Harbour Board", kind="other")]), warnings
    )
    assert book.sources == []  # the sentence after it is Ana Ruiz's: no claim of its own yet
    book.add_claims()  # "HB said": the article's attribution finds it
    (forty,) = [m for m in figure_candidates(text, lay) if text[m.start : m.end].startswith("40")]
    assert book.source_of(forty) == "Harbour Board (HB)"


@pytest.mark.parametrize(
    ("text", "names", "kept"),
    [
        # a person the news is about, with no claim, is not a source
        ("Headline of the day\n\nAnna Berg was elected with 12,400 votes.",
         ["Anna Berg"], []),
        # a quotation, a cue, or what a poll finds gives a claim
        ('Headline of the day\n\nAnna Berg called it "a fair result" on Monday.',
         ["Anna Berg"], ["Anna Berg"]),
        ("Headline of the day\n\nThe agency said 40 homes burned.", ["The agency"],
         ["The agency"]),
        ("Harbour Radio poll finds most back the plan\n\nThe vote is in May.",
         ["Harbour Radio"], ["Harbour Radio"]),
        # the claim may come in the next sentence of the paragraph, not in another paragraph
        ("Headline of the day\n\nThe Port Authority was cautious. It said 3 ships were late.",
         ["The Port Authority"], ["The Port Authority"]),
        ("Headline of the day\n\nThe Port Authority was cautious.\n\nIt said 3 ships were late.",
         ["The Port Authority"], []),
        # a call is a claim too
        ("Headline of the day\n\nRep. Anna Berg, along with Tom Ma, called on the council to "
         "act.", ["Tom Ma"], ["Tom Ma"]),
        # named where the article says someone else claims: not a source
        ("Headline of the day\n\nHarbourland's Prime Minister, Ana Ruiz, said 40 boats "
         "were turned back.", ["Harbourland", "Ana Ruiz"], ["Ana Ruiz"]),
        ("Headline of the day\n\nHarbourland and Vale turned back boats, according to AFP.",
         ["Harbourland", "AFP"], ["AFP"]),
        # a picture credit is who made the picture
        ("Headline of the day\n\nThe dam after the flood. Image: Lens Agency.\n\n"
         "Water rose 3 metres, officials said.", ["Lens Agency"], []),
    ],
)  # fmt: skip
def test_a_source_of_the_model_is_kept_when_the_article_gives_it_a_claim(
    text: str, names: list[str], kept: list[str]
) -> None:
    got, warnings = _kept_sources(text, names)
    assert got == kept
    assert len(warnings) == len(names) - len(kept)
    assert all("dropped source" in w for w in warnings)


@pytest.mark.parametrize(
    ("written", "unit"),
    [("US$", "USD"), ("$", "USD"), ("won", "KRW"), ("₩", "KRW"), ("RMB", "CNY"),
     ("yuan", "CNY"), ("%", "percent"), ("per cent", "percent"),
     ("percentage points", "percentage points"), ("Troops", "troops"), (None, None),
     # one spelling for a measure, "persons" and "individuals" as people (session 28)
     ("km", "kilometers"), ("kilometres", "kilometers"), ("square km", "square kilometers"),
     ("metres", "meters"), ("kg", "kilograms"), ("persons", "people"), ("miles", "miles"),
     ("individuals", "people")],
)  # fmt: skip
def test_units_are_normalised(written: str | None, unit: str | None) -> None:
    assert normalise_unit(written) == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The army sent 6,000 engineering troops to the border.", "troops"),
        ("The ministry set aside 500 billion rubles for banks.", "RUB"),
        ("Exports rose 4.1% in May.", "percent"),
        ("The fund lent ₩15.2 trillion last year.", "KRW"),
    ],
)
def test_figure_units(text: str, unit: str) -> None:
    (mention,) = figure_candidates(text)
    assert figure_unit(text, mention) == unit


_WORDS = st.sampled_from(
    "the ministry said troops remain in region about up to revenue fell rose percent won "
    "people were killed and of at least some officials reported billion yuan exports "
    "carrying supplying along each among such he soon All Among".split()
)


@settings(max_examples=200, deadline=None)
@given(
    before=st.lists(_WORDS, max_size=8),
    number=st.sampled_from(["8,000", "about 3,000", "4.1%", "15.2 trillion won", "1,000 to 3,000"]),
    after=st.lists(_WORDS, max_size=8),
)
def test_what_is_never_empty_a_bare_unit_a_stop_word_or_the_whole_quote(
    before: list[str], number: str, after: list[str]
) -> None:
    text = " ".join([*before, number, *after]) + "."
    for mention in figure_candidates(text):
        quote = text.rstrip(".")
        what = figure_what(text, mention, quote)
        unit = figure_unit(text, mention)
        assert unit is None or unit.strip()
        assert what.strip()
        assert what.lower() not in STOP_WORDS | {"the", "a", "an", "of", "and", "if", "whom", "its"}
        assert re.search(r"[A-Za-z0-9]", what)  # (not "-")
        # Never a bare unit of measure ("yuan", "percent"): a counted noun alone ("troops")
        # is what is counted when the clause says nothing more.
        assert currency_code(what) is None and normalise_unit(what) not in (
            "percent",
            "percentage points",
        )
        assert what != quote  # never the clause copied
        assert len(what.split()) <= 8
        # never a participle misspelt ("carryed", "eaching"), nor ending on a word that waits
        # for another: a preposition, a determiner, a subject pronoun, an adverb cut from its
        # verb ("troops among", "items such", "troops soon")
        assert not re.search(r"[^aeiou]yed\b|inged\b|\b(?:each|along|among|such)ing\b", what)
        last = what.split()[-1]
        assert len(what.split()) == 1 or last not in {"among", "such", "he", "soon", "along"}


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["The", "ministry", "said", "told", "also", "Ann", "Roe", ",", "“", "(AGNA)", "(", "of",
             "the", "Agency", "40", "homes", "burned", "had", "added", ";", "officials", "say"]
        ),
        max_size=30,
    )
)  # fmt: skip
def test_names_read_back_from_a_verb_as_one_regex_read_them(words: list[str]) -> None:
    """The verb-first reader (bounded, linear) finds the names the single regex it replaced
    found (which took quadratic time on a long sentence with no verb of saying)."""
    import re

    from summarizer.text.sources import claims as a
    from summarizer.text.sources import cues

    sentence = " ".join(words)
    old = re.compile(rf"(?P<name>(?:[^,;:“”\"()—–]|{cues._ACR})+?)\s+{cues._ADVERB}{cues._SAY}\b")

    def names(found: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """The names as the claims take them: cleaned, where they stand, if plausible."""
        cleaned = [(at, a.clean_name(raw)) for at, raw in found]
        return [(at + off, n.strip()) for at, (n, off) in cleaned if a.plausible(n.strip())]

    expected = [(m.start("name"), m.group("name")) for m in old.finditer(sentence)]
    assert names(a.subject_says(sentence)) == names(expected)


def test_an_acronym_stands_for_the_name_it_spells() -> None:
    text = (
        "The Harbour Monetary Fund trimmed its forecast. The HMF is predicting 3.3 percent "
        "growth. The CEO of the port said more. The WHO said 4 died."
    )
    assert acronym_name("The HMF", text) == "Harbour Monetary Fund (HMF)"
    assert acronym_name("Harbour Monetary Fund", text) == "Harbour Monetary Fund (HMF)"
    assert acronym_name("The WHO", text) is None  # nothing in the text spells it


@pytest.mark.parametrize(
    ("text", "acronym", "named"),
    [
        ("The U.S. Harbour Protection Agency’s review began. HPA estimates 40 ships.", "HPA",
         "Harbour Protection Agency (HPA)"),
        ("The Department of Ports said so. The DOP counted 12 ships.", "DOP",
         "Department of Ports (DOP)"),
        ("The Harbour Board met. The HBX counted 12 ships.", "HBX", None),
    ],
)  # fmt: skip
def test_an_acronym_spells_the_tail_of_a_longer_name_of_session_26(
    text: str, acronym: str, named: str | None
) -> None:
    """Wire style names a body in full once and by its acronym after, with no acronym in
    brackets; the full name may carry a country before it or a possessive after it, and
    "of" may give its letter."""
    assert acronym_name(acronym, text) == named


def test_a_based_description_is_the_nearest_body() -> None:
    text = (
        "The Harbour Monetary Fund cut its forecast, said Ana Ruiz. But the Lowmoor-based "
        "agency is projecting 3 percent growth."
    )
    at = text.index("the Lowmoor")
    named = [(text.index("The Harbour"), "The Harbour Monetary Fund")]
    assert resolve_reference("the Lowmoor-based agency", text, at, named) == (
        "The Harbour Monetary Fund"
    )
    assert source_of_words(text, "3 percent") == "The Harbour Monetary Fund"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a person introduced without a verb of saying, then quoted as "he said": a source
        ('Headline of the day\n\nFund research chief Olivier Blanc downplayed the crisis.\n\n'
         '"The effects are likely to be limited," he said.', "Olivier Blanc"),
        # ... but a body's name the pronoun was resolved to is not passed off as a person
        ("Headline of the day\n\nRania Haddad, an analyst at Dubai-based Meridian Capital, "
         "spoke.\n\nShe said margins would fall 4 percent.", None),
    ],
)  # fmt: skip
def test_a_person_quoted_only_by_pronoun_is_a_source(text: str, source: str | None) -> None:
    from summarizer.llm.strategies.sourcing import SourceBook
    from summarizer.text.sentences import sentences

    lay = layout(text)
    book = SourceBook(text, lay, sentences(text, lay))
    book.add_claims()
    names = [s.name for s in book.sources]
    if source is None:
        assert "Dubai-based Meridian Capital" not in names and "Meridian Capital" not in names
        assert source_of_words(text, "4 percent") == "Rania Haddad"
    else:
        assert source in names


def test_a_description_never_stands_for_a_title_case_headline_or_words_across_lines() -> None:
    text = (
        "Post-Election Poll Sees Ruiz's Approval Up\n\nPresident Ruiz spoke on Friday.\n\n"
        "The poll, released Friday, says her approval rating stands at 57 percent."
    )
    at = text.index("The poll,")
    assert resolve_reference("The poll", text, at, []) == "The poll"
    text = "Lowmoor Health Survey\nThe survey says 40 percent smoke."
    at = text.index("The survey")
    assert resolve_reference("The survey", text, at, []) == "Lowmoor Health Survey"


def test_the_pollster_is_the_one_whose_poll_was_named() -> None:
    text = "A new Harbour Gallup poll shows 33 percent approve. The pollster said 55 percent"
    at = text.index("The pollster")
    assert resolve_reference("The pollster", text, at, []) == "Harbour Gallup"


def test_a_role_held_by_one_named_person_is_that_person() -> None:
    text = (
        "The Harbour government Communications Minister states that over 150,000 people are "
        "confirmed dead.\n\nMinister Ann Marie Roe commented that the figure is based on "
        "bodies found."
    )
    assert source_of_words(text, "150,000") == "Ann Marie Roe"
    # ... not when the article names two people with that title.
    two = text + "\n\nMinister Tom Lee disagreed."
    assert source_of_words(two, "150,000") == "The Harbour government Communications Minister"


def test_the_poll_is_the_poll_by_whoever_the_article_says_conducted_it() -> None:
    text = (
        "A new poll gives the president his highest rating in a year.\n\n"
        "The poll, released Friday, says her approval rating stands at 57 percent.\n\n"
        "Asked about the economy, 54 percent of those interviewed said it would improve.\n\n"
        "The poll was conducted by the Harbour Press and Lowmoor Research between November 29 "
        "and December 3."
    )
    by = "poll by the Harbour Press and Lowmoor Research"
    assert source_of_words(text, "57 percent") == by
    assert source_of_words(text, "54 percent") == by  # its answers, a paragraph on


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # A plural subject predicts or expects as a singular one predicts.
        (
            "Economists surveyed by the Harbour Herald predict a gain of about 120,000 jobs.",
            "120,000",
            "Economists surveyed by the Harbour Herald",
        ),
        # "claims" before its verb is a noun, no one's saying: the report before says it.
        (
            "A separate report showed fewer people filed for benefits. Jobless claims fell by "
            "9,000 to 336,000.",
            "9,000",
            "A separate report",
        ),
        # Who forecast a number, in a relative clause.
        (
            "The rise is higher than that predicted by economists, who forecast an increase to "
            "7.7%.",
            "7.7%",
            "economists",
        ),
        # A lead that names no one restates the release its next paragraph names.
        (
            "The economy grew at a 2.8 percent annual rate in the third quarter.\n\n"
            "Thursday's report from the Commerce Department showed stronger growth than "
            "expected.",
            "2.8 percent",
            "report from the Commerce Department",
        ),
        # "The new data shows ..." refers back to the release before it.
        (
            "Friday's report from the Labor Department says 113,000 jobs were added.\n\n"
            "The new data shows that 10.2 million people are unemployed.",
            "10.2 million",
            "report from the Labor Department",
        ),
        # Unnamed official figures are the statistics body the article names next ...
        (
            "According to official figures, the unemployment rate has risen to 7.8%.\n\n"
            "The Office for National Statistics reported that earnings rose 2.5%.",
            "7.8%",
            "The Office for National Statistics",
        ),
    ],
)
def test_release_conventions(text: str, number: str, source: str) -> None:
    assert source_of_words(text, number) == source


def test_unnamed_official_figures_are_their_own_source_when_no_body_is_named() -> None:
    text = (
        "According to official figures, the unemployment rate has risen to 7.8%.\n\n"
        "Business Secretary Ann Roe said 500,000 jobs were saved."
    )
    assert source_of_words(text, "7.8%") == "official figures"  # (a person is no such body)
    assert source_of_words("Official returns showed Roe with 52% of the vote.", "52%") == (
        "Official returns"
    )
    assert source_of_words(text, "500,000") == "Business Secretary Ann Roe"


def test_an_appositive_left_unclosed_before_said_is_its_persons() -> None:
    text = 'Paul Risley, a spokesperson for the Harbour Food Agency said, "We need 500 tonnes."'
    assert source_of_words(text, "500 tonnes") == "Paul Risley"
    # (not a one-word subject: "Sales, a company spokesman said, rose 5 percent")
    assert source_of_words("Sales, a company spokesman said, rose 5 percent.", "5 percent") == (
        "a company spokesman"
    )


def test_an_honorific_is_part_of_the_name_after_said_and_reports_before_a_verb_are_no_verb() -> (
    None
):
    text = "“We need 500 tonnes,” said Ms. Lise Grande, the coordinator."
    assert source_of_words(text, "500 tonnes") == "Ms. Lise Grande"
    text = "Preliminary reports indicate that five children have died."
    assert source_of_words(text, "five") == "Preliminary reports"


def test_official_returns_after_an_opening_clause_are_the_source() -> None:
    text = "With 99% of votes counted, official returns showed Roe with 52% of the vote."
    assert source_of_words(text, "52%") == "official returns"


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # The review's probes of this session's conventions: none of these is theirs.
        ("In New York, an official at the United Nations said 300 people were missing.", "300",
         "an official at the United Nations"),
        ("Media reports said 30 people died.", "30", "Media reports"),
        ("According to official figures, 300 people died. Bank of America economist Ann Lee "
         "said the toll was high.", "300", "official figures"),
        ("Smith said, according to official figures, that 300 people died.", "300", "Smith"),
        ("According to official figures, 300 people died, state media reported.", "300",
         "state media"),
        ("Sales rose 3 percent, beating analysts, who had expected a rise of 1 percent.",
         "1 percent", "analysts"),
        ("The deal was signed by officials from Iran, who predicted 40 percent.", "40", None),
        ("Most expect inflation to hit 4 percent.", "4", None),
        ("Airlines expect to carry 2 million passengers this summer, an industry group said.",
         "2 million", "an industry group"),
        ("The economy grew 2.8 percent.\n\nMonday's report from the weather service showed "
         "heavy rain.", "2.8", None),
        ("The Labor Department said 200,000 jobs were added.\n\nThe final results of the "
         "election showed 52 percent for Smith.", "52", None),
    ],
)  # fmt: skip
def test_release_conventions_stay_within_their_constructions(
    text: str, number: str, source: str | None
) -> None:
    assert source_of_words(text, number) == source


@pytest.mark.parametrize(
    ("line", "source"),
    [
        (
            "A version of this chart appears in the Harbour Research Service report, Harbour "
            "Food Landscape: Fiscal Year 2019 Annual Report, July 2020.",
            "Harbour Research Service report, Harbour Food Landscape: Fiscal Year 2019 Annual "
            "Report",
        ),
        (
            "The Harbour Census of Employment program produced these data; the data for 2006 are "
            "preliminary.",
            "The Harbour Census of Employment program",
        ),
        (
            "Data for this chart come from the U.S. Department of Labor.",
            "the U.S. Department of Labor",
        ),
        ("This chart is based on data from the Harbour Farm Survey.", "Harbour Farm Survey"),
        ("The data were from March.", None),  # a time, no source
    ],
)
def test_more_source_lines_of_a_statistical_note(line: str, source: str | None) -> None:
    note = f"Costs rose 14 percent.\n\nAmong those areas, jobs fell 12 percent.\n\n{line}"
    assert source_of_words(note, "14") == source
    # "Among those ...", referring back to no one, is the note's too
    assert source_of_words(note, "12") == source


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        # a body's spokesperson by name: the person speaks
        (
            '"This is it," Harbour Refugee Office (HRO) spokesman Ron Reed said of the influx, '
            "which saw 25,000 new arrivals.",
            "25,000",
            "Ron Reed",
        ),
        ("The agency's spokeswoman Ana Ruiz said 300 people died.", "300", "Ana Ruiz"),
        # unnamed estimates and findings are a source all the same
        (
            "Some estimates place the number of displaced people in the region at over 600,000.",
            "600,000",
            "Some estimates",
        ),
        (
            "Preliminary assessment findings indicate that 4 people were killed.",
            "4",
            "Preliminary assessment findings",
        ),
        ("The findings show 12 percent rose.", "12", None),  # (the findings of someone named)
        # a participle of saying after a clause naming a place
        (
            "The Red Cross has issued a revised appeal for Chile, saying tens of thousands of "
            "families are homeless.",
            "tens of thousands",
            "The Red Cross",
        ),
        # a time closing an opening phrase with no comma is no part of the name
        (
            "With 100,000 refugees pouring into Chad this year the Harbour refugee agency today "
            "announced plans to move 10,000.",
            "10,000",
            "the Harbour refugee agency",
        ),
    ],
)
def test_speakers_estimates_findings_and_participles(
    text: str, words: str, source: str | None
) -> None:
    assert source_of_words(text, words) == source


def test_the_un_agency_is_the_un_body_named_before() -> None:
    text = (
        "The World Food Programme (WFP) welcomed the arrival of a ship.\n\n"
        "According to the UN agency, 3 other large contributions are coming."
    )
    assert source_of_words(text, "3") == "World Food Programme (WFP)"
    other = (
        "Harbour Aid Council said 40 trucks arrived.\n\n"
        "According to the UN refugee agency, 3,000 people fled."
    )
    assert source_of_words(other, "3,000") == "the UN refugee agency"  # (no UN body before)


def test_a_bodys_document_that_showed_states_the_numbers_after_it() -> None:
    text = (
        "The rise was caused by the Harbour Department of Energy's inventory report that showed "
        "a drop in stockpiles. Last week, stockpiles were down nearly four million barrels."
    )
    assert source_of_words(text, "four million") == "Harbour Department of Energy"


def test_a_hedged_source_speaks_for_its_own_sentence_only() -> None:
    text = (
        "Some estimates place the number of displaced people at over 600,000. This is the "
        "latest in 20 years of conflicts."
    )
    assert source_of_words(text, "600,000") == "Some estimates"
    assert source_of_words(text, "20") is None
    named = "Officials said 40 died. This is the latest in 20 years of conflicts."
    assert source_of_words(named, "20") == "Officials"  # (a named source carries on)


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        # a body's count of what it certified, carried to the sentences after it
        ("The Harbour Department of Labor certified around 370,000 temporary jobs in 2022. "
         "The top State was Florida, with 14 percent of jobs certified.", "14",
         "The Harbour Department of Labor"),
        ("The board certified the results on Monday, with 52 percent for Ruiz.", "52", None),
        # findings from assessments, with words between them and their verb
        ("Preliminary findings from assessments carried out so far indicate that four people "
         "were killed.", "four", "Preliminary findings from assessments"),
        # "based on data from X" names X
        ("These payments totaled $14.3 billion based on data from the Harbour Farm Survey "
         "(HFS).", "14.3", "Harbour Farm Survey (HFS)"),
        # researchers who examined something to find it
        ("Economists with the Harbour Research Service examined three groupings of farms to "
         "find that about 75 percent received payments. For small farms, 31 percent did.",
         "31", "Economists with the Harbour Research Service"),
        # a headline's role is the person the lead names with it
        ("Harbour Census Director Says 92 Percent of Households Counted\n\nHarbour Census "
         "Director Ann Roe today reported that 90 percent of units were counted.", "92",
         "Ann Roe"),
    ],
)  # fmt: skip
def test_counts_findings_data_and_roles_of_batch_13(
    text: str, words: str, source: str | None
) -> None:
    assert source_of_words(text, words) == source


def test_a_body_role_and_person_is_the_person_not_the_body() -> None:
    from summarizer.text.sources.names import person_of

    assert person_of("Harbour Census Bureau Director Ann Roe", "Harbour Census Bureau")
    assert not person_of("Harbour Census Bureau Director Ann Roe", "Roe")  # (her surname)
    assert not person_of("Finance Minister Ann Roe", "Ann Roe")


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        # who raises a toll states it; an auxiliary or an adverb is no part of the name
        ("Harbouria has officially raised the death toll from last month's quake to 73,276.",
         "73,276", "Harbouria"),
        ("The ministry raised the death toll to 40 on Monday.", "40", "The ministry"),
        ("Heavy rains raised the death toll to 40 on Monday.", "40", None),  # (no one says it)
    ],
)  # fmt: skip
def test_who_raises_a_toll_states_it(text: str, words: str, source: str | None) -> None:
    assert source_of_words(text, words) == source


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        # (the review of session 11) a note's line names a source, not any sentence
        ("Costs rose 14 percent.\n\nJobs fell 12 percent.\n\nIt is not known who compiled the "
         "data for Harbour.", "14", None),
        ("Costs rose 14 percent.\n\nJobs fell 12 percent.\n\nCritics say Harbour Council "
         "published the data too late.", "14", None),
        ("Costs rose 14 percent.\n\nJobs fell 12 percent.\n\nThe estimates are based on "
         "Harbour's population in 2010.", "14", None),
        ("Costs rose 14 percent.\n\nJobs fell 12 percent.\n\nFigures are from Harbour, not "
         "Bayside.", "14", None),
        ("Costs rose 14 percent.\n\nJobs fell 12 percent.\n\nA version of this map appeared in "
         "the Harbour Gazette on Sunday.", "14", "Harbour Gazette"),
        ("Costs rose 14 percent.\n\nJobs fell 12 percent.\n\nData for this chart were compiled "
         "by the Harbour Statistics Office.", "14", "Harbour Statistics Office"),
        # "'s report that showed": not a pronoun's, a weekday's or the critics'
        ("It's the data that showed 40 percent of Harbour homes flooded.", "40", None),
        ("Monday's report that showed a drop in jobs hit shares. Jobs fell by 12,000.",
         "12,000", None),
        ("Critics of Ana Ruiz's study that found 40 percent of homes flooded called it flawed.",
         "40", "Ana Ruiz"),
        # "the UN agency" is a UN body, not any organisation named before
        ("Harbour Aid Council said 40 trucks arrived.\n\nThe UN agency said 3,000 people fled.",
         "3,000", "The UN agency"),
        # a headline's role is the person named with the whole role, not any "Mayor X"
        ("Harbour Mayor Says 300 Homes Lost\n\nRain fell. Mayor Ben Cole of neighbouring "
         "Bayside said his town was spared.", "300", "Harbour Mayor"),
        # "estimates show": the body's; findings need an adjective; no year certified
        ("The Harbour Bank estimates show growth of 2 percent this year.", "2",
         "The Harbour Bank"),
        ("The Harbour Institute surveyed 2,000 adults. Findings from the survey show 40 percent "
         "own a car.", "40", None),
        ("The election board certified 2022 results on Monday, showing Ruiz won 52 percent.",
         "52", None),
        ("Researchers studied the river for years and hoped to find that fish had returned.",
         "years", None),
        ("Sales rose 8 percent based on figures from March.", "8", None),
        # "Some reports put the number at 60": the reports, for their own sentence
        ("Harbour police said 40 people were arrested. Some reports put the number at 60. "
         "Another 12 were charged.", "60", "Some reports"),
    ],
)  # fmt: skip
def test_review_of_session_11(text: str, words: str, source: str | None) -> None:
    assert source_of_words(text, words) == source


def test_a_person_with_body_and_role_is_one_source_with_their_second_references() -> None:
    from summarizer.text.sources.names import person_of

    full = "Harbour Bank Governor Ana Ruiz"
    assert person_of(full, "Harbour Bank")  # the bank is another source
    assert not person_of(full, "Governor Ruiz")
    assert not person_of(full, "the governor")
    assert not person_of(full, "Harbour Bank Governor")
    assert not person_of("Harbour Officer Training School", "Harbour")  # (no person)


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        # a number inside a name belongs to it: a region's administrator speaks
        ('"We are glad to help," said Harbour Region 1 Regional Administrator Ann Roe. '
         '"The grant covers 1,319 staff members."', "1,319",
         "Harbour Region 1 Regional Administrator Ann Roe"),
        # ... but a number after "said" is what is said, no name
        ("Officials said 45 people died.", "45", "Officials"),
        ("The ministry said Region 4 lost 45 homes.", "45", "The ministry"),
        # "states" before "of" is the noun, no verb of saying
        ("Floods hit the eastern Harbourian states of Assam and Bihar, where 35 people died.",
         "35", None),
        ("The report states that 35 people died.", "35", "The report"),
        # a person introduced after a possessive or a title is found from the next word
        ("Harbouria's President Ellen Johnson Sirleaf, the first female leader, has won.\n\n"
         "Mrs. Sirleaf said turnout was 38 percent.", "38", "Ellen Johnson Sirleaf"),
        ("According to the Harbour Herald, Emeritus Professor John Burrows, the chairman of "
         "the panel, spoke.\n\nProfessor Burrows said 12 kits were sent.", "12", "John Burrows"),
        # ... and a name once found is not read again from its middle
        ("Earlier this week, Representative Shiela Jackson Lee, a Democrat, objected.\n\n"
         "Ms. Lee said 40 votes were lost.", "40", "Shiela Jackson Lee"),
        # a candidate's share after the officials' count is the count's, not the candidate's
        ("Election officials announced Friday that Ann Roe had won with 72 percent of the "
         "vote. Main opposition leader Ben Cole came in second with 17 percent.", "17",
         "Election officials"),
        # ... but another person as the subject of anything else moves the story on
        ("Election officials announced Friday that Ann Roe had won with 72 percent of the "
         "vote. Opposition leader Ben Cole, a lawyer, spent 17 days in jail.", "17", None),
    ],
)  # fmt: skip
def test_names_numbers_and_counts_of_session_12(text: str, words: str, source: str | None) -> None:
    """Numbered names, "states" the noun, people named in full, candidates' shares."""
    assert source_of_words(text, words) == source


def test_a_numbered_region_role_and_person_is_the_person() -> None:
    from summarizer.text.sources.names import person_of

    assert person_of("Harbour Region 1 Regional Administrator Ann Roe", "Harbour Agency")


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        # an initial's full stop is inside a name read after "said"
        ('"Prices rose 4 percent," said Deputy U.S. Trade Secretary Ann Roe.', "4",
         "Deputy U.S. Trade Secretary Ann Roe"),
        ('"Prices rose 4 percent," said Acting U.N. envoy Ann Roe on Monday.', "4",
         "Acting U.N. envoy Ann Roe"),
        # ... but a sentence opening after an acronym's full stop is no part of the name
        ('"Prices rose 4 percent," said the U.N. The agency added that 5 people died.', "4",
         "the U.N"),
        ('"Prices rose 4 percent," said the U.N. The agency added that 5 people died.', "5",
         "The agency"),
        # a statement of several paragraphs, each reopening the quotation, introduced by a
        # paragraph ending on a colon: every paragraph is the introducer's
        ("HARBOURTON – Secretary of Labor Ann B. Roe issued the following statement:\n\n"
         '"Payrolls grew by 96,000 in August.\n\n'
         '"We\'ve now added back 4.6 million jobs.\n\n"Smart and steady wins the race."',
         "4.6", "Ann B. Roe"),
        ("HARBOURTON – Secretary of Labor Ann B. Roe issued the following statement:\n\n"
         '"Payrolls grew by 96,000 in August.\n\n"Smart and steady wins the race."',
         "96,000", "Ann B. Roe"),
        # ... but not a paragraph that does not end on a colon, nor a quotation never closed
        # with no paragraph reopening it
        ("Secretary of Labor Ann B. Roe spoke on Friday.\n\n"
         '"Payrolls grew by 96,000 in August.\n\n"Smart and steady wins the race."',
         "96,000", None),
        ("Secretary of Labor Ann B. Roe issued the following statement:\n\n"
         '"Payrolls grew by 96,000 in August.\n\nThe markets rose 2 percent.', "2", None),
        # "We've" is a pronoun, no source of its own
        ("We've now added back 4.6 million jobs.", "4.6", None),
        # a statistics body releasing its numbers, whatever it calls them, speaks for its
        # paragraph ("The Commerce Department's Bureau ...": the bureau)
        ("The Trade Department's Bureau of Harbour Analysis today released personal income "
         "and outlays for March. Personal income increased 0.4 percent.", "0.4",
         "Bureau of Harbour Analysis"),
        ("The Harbour Statistics Office released its monthly jobs report on Friday. "
         "Payrolls rose 96,000.", "96,000", "The Harbour Statistics Office"),
        ("The Interior Ministry issued a statement on the floods. Rivers rose 2 metres.", "2",
         None),
        # a participle of proposing or projecting gives the sentence's subject
        ("Finance Minister Ann Roe on Wednesday presented her budget to Parliament, proposing "
         "spending of $2.25 billion.", "$2.25 billion", "Finance Minister Ann Roe"),
        # a person with an appositive then "who said"
        ("The agency spoke to Ben Cole, an air industry expert from Harbour University, who "
         'said "12 flights were late."', "12", "Ben Cole"),
        # a person of a group described in lower case speaks for themselves
        ("Health Secretary Ann Roe of the Harbour MDC grouping told reporters that 5 died.", "5",
         "Ann Roe"),
    ],
)  # fmt: skip
def test_statements_releases_and_initials_of_session_13(
    text: str, words: str, source: str | None
) -> None:
    """Initials in names, statements quoted over several paragraphs, statistics releases."""
    assert source_of_words(text, words) == source


def test_a_company_boss_is_a_person_apart_from_the_company() -> None:
    from summarizer.text.sources.names import person_of

    assert person_of("Harbourair boss Ann Roe", "Harbourair")
    assert person_of("Ex-HSB boss Jean-Paul Roe", "HSB")
    assert not person_of("Harbourair boss Ann Roe", "Ann Roe")


def test_a_bodys_release_is_one_claim() -> None:
    """ "NAME released data" is read once, not by the release pattern and again as a saying."""
    from summarizer.text.sources.attribution import Attribution

    text = "The Harbour Statistics Office released data showing payrolls rose 5 percent."
    claims = Attribution(text, layout(text)).claims
    assert [c.name for c in claims] == ["The Harbour Statistics Office"]


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        # an appeal for money is the appealing body's claim, with its sentence's numbers
        ("The Harbour Food Programme (HFP) has launched a $78 million appeal to feed almost "
         "2 million people.", "2 million", "The Harbour Food Programme (HFP)"),
        ("The Harbour Red Cross said it needs help.\n\nIt is now appealing for $13 million, "
         "and last week it asked for $6.4 million.", "$6.4 million", "The Harbour Red Cross"),
        ("HFP seeks $15 million to help flood victims", "$15 million", "HFP"),
        # ... but not an appeal someone else reports, nor asking for something else
        ("Ann Roe says the HFP appealed for $225 million in February.", "$225 million",
         "Ann Roe"),
        ("Ben Cole asked for a pay rise of 5 percent.", "5", None),
        ("Amid reports of floods, the Harbour Food Programme launched a $5 million appeal.",
         "$5 million", "the Harbour Food Programme"),
        # a person named in full before speaks by their surname, before ", saying"
        ("One aid worker there was Ben Cole, of Harbour Aid.\n\nCole disputes the claims that "
         'he was duped, saying, "We paid for 25 sacks."', "25", "Ben Cole"),
        ("Prices rose 5 percent, warning of worse to come.", "5", None),
    ],
)  # fmt: skip
def test_appeals_and_surnames_of_session_14(text: str, words: str, source: str | None) -> None:
    assert source_of_words(text, words) == source


def test_a_person_with_a_trade_is_apart_from_the_body() -> None:
    from summarizer.text.sources.names import person_of

    assert person_of("Harbour Weather Service meteorologist Ben Cole", "Harbour Weather Service")
    assert person_of("Harbour Geological Survey seismologist Ann Roe", "Harbour Geological Survey")


def test_a_lead_figure_takes_only_a_repetition_of_the_same_thing() -> None:
    from summarizer.llm.strategies.sourcing import SourceBook
    from summarizer.text.sentences import sentences

    def lead_sources(text: str) -> list[str | None]:
        lay = layout(text)
        book = SourceBook(text, lay, sentences(text, lay))
        book.add_claims()
        lead = text.index("Police"), text.index("According")
        found = figure_candidates(text, lay)
        return [book.source_of(m) for m in found if lead[0] < m.start < lead[1]]

    text = (
        "Arrests in Harbour\n\n"
        "Police arrested two colonels on Saturday.\n\n"
        "According to the Harbour Times, two retired generals were also held. "
        "It added that two colonels had been questioned before."
    )
    assert lead_sources(text) == ["the Harbour Times"]  # the colonels again
    other = text.replace(" It added that two colonels had been questioned before.", "")
    assert lead_sources(other) == [None]  # two generals are not two colonels


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        # "the agency" after an agency named without the word: the nearest organisation
        ("The UN health agency the Harbour Health Organization (HHO) called for a ban. The "
         "agency said 55 percent of teenagers had seen the ads.", "55", "Harbour Health "
         "Organization"),
        # a proper name after "according to" with no comma before its clause
        ("According to the HHO most people start smoking young, and 25 percent of smokers "
         "are under 10.", "25", "the HHO"),
        ("According to Harbour Health Organization data, 25 percent smoke.", "25",
         "Harbour Health Organization data"),
        # "WHO" is a name, not the relative pronoun
        ("Cases rose 40 percent in March, WHO said.", "40", "WHO"),
        ("According to HHO officials who saw the data, 40 people died.", "40", "HHO officials"),
    ],
)  # fmt: skip
def test_agencies_and_acronyms_of_session_15(text: str, words: str, source: str | None) -> None:
    assert source_of_words(text, words) == source


def test_he_is_the_person_named_in_the_paragraph_before_however_long() -> None:
    filler = "the report also called for more troops in the north and the south " * 7
    text = (
        "The action came after Secretary-General Ben Cole commended the Harbour "
        "Stabilization Mission for its work.\n\n"
        f"In addition, {filler}. The police ceiling should be raised to 1,897, he said."
    )
    assert source_of_words(text, "1,897") == "Ben Cole"  # (not the Stabilization Mission)
    far = text.replace("\n\nIn addition", "\n\nOther news followed.\n\nIn addition")
    assert source_of_words(far, "1,897") is None  # two paragraphs away: no one


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        # a poll said when it came out before its finding, or by whom it was published
        ("A Harbour Post-HBC News poll published last week showed support at 58%.", "58",
         "Harbour Post-HBC News poll"),
        ("Last week, a poll published by Reuters/Harbour found 63% in favour.", "63",
         "Reuters/Harbour"),
        # a plural subject's present tense of saying, with "that"
        ("Despite this, social conservatives argue that support may be over-stated by 7%.",
         "7%", "social conservatives"),
        ("Critics say the bridge will cost 5 billion dollars.", "5 billion", "Critics"),
        ("Harbour officials warn that 40 people may die.", "40", "Harbour officials"),
        ("Farmers argue over 40 acres.", "40", None),
        # a year dating a role, after a sentence the splitter kept whole
        ('People lie to pollsters. 2000 Harbour Party candidate Ben Cole said on Sunday, "My '
         'side had 45 percent."', "45", "Harbour Party candidate Ben Cole"),
    ],
)  # fmt: skip
def test_polls_groups_and_dated_roles_of_session_15(
    text: str, words: str, source: str | None
) -> None:
    assert source_of_words(text, words) == source


def test_a_bodys_head_with_a_region_or_a_title_is_a_person_apart_from_the_body() -> None:
    from summarizer.text.sources.names import person_of

    assert person_of("HHO Regional Director for Africa Ann Roe", "HHO")
    assert person_of("HHO Director-General Dr. Ann Roe", "HHO")
    assert person_of("UN Secretary-General Ben Cole", "UN")
    assert not person_of("HHO Regional Director", "HHO")
    text = '"We need a ban," said HHO Director-General Dr. Ann Roe. "It cut smoking 16 percent."'
    assert source_of_words(text, "16") == "HHO Director-General Dr. Ann Roe"


def test_a_joint_survey_and_a_report_on_a_place_name_their_bodies() -> None:
    text = (
        "According to the survey conducted by the Harbour Office of Drugs and Crime (HODC) "
        "and the Government of Peru, some 46,700 hectares were under cultivation."
    )
    assert source_of_words(text, "46,700") == (
        "Harbour Office of Drugs and Crime (HODC) and the Government of Peru"
    )
    text = "This follows HODC's recent report on Colombia, which showed a 30 per cent drop."
    assert source_of_words(text, "30") == "HODC"


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        # a statement announced as "the following" in a paragraph ending on a full stop, its
        # speaker a person named after the title of a body ("Secretary of Labor Ben Cole")
        ("HARBOURTON – Secretary of Labor Ben Cole issued the following statement about the "
         "jobs report released today.\n\n"
         '"Payrolls grew by 96,000 in August.\n\n"Smart and steady wins the race."',
         "96,000", "Ben Cole"),
        ("HARBOURTON – Secretary of Labor Ben Cole issued the following statement:\n\n"
         '"The bottom line is this: 154 million people are employed.\n\n"We are glad."',
         "154 million", "Ben Cole"),
        # ... not a statement announced for later
        ("Secretary of Labor Ben Cole will issue a statement on Friday.\n\n"
         '"Payrolls grew by 96,000 in August.\n\n"Smart and steady wins the race."',
         "96,000", None),
        # "he" after a person and their role in apposition is the person, not the role
        ("Ben Cole, Director General of the Harbour Food Office, says 30 countries need aid. "
         "He says 20 of them are in Africa.", "20", "Ben Cole"),
        ("Ben Cole, Director General of the Harbour Food and Farming Organization, says 30 "
         "countries need aid. He says 20 of them are in Africa.", "20", "Ben Cole"),
        # a person and a short description with no closing comma
        ('Ann Roe, another resident said: "Two mortar bombs landed, killing 4 civilians."', "4",
         "Ann Roe"),
        ("In Harbourton, a spokesman said 5 died.", "5", "a spokesman"),
        # a soldier (or another unnamed person) speaking on condition of anonymity
        ("A Harbour Union soldier, on a condition of anonymity, said that 5 soldiers died.",
         "5", "A Harbour Union soldier"),
        # a plural's present inverted after the claim
        ("This was the worst fighting in 5 months, claim residents.", "5", "residents"),
        # a counterpart named in apposition after an inverted verb
        ('"It is grim; 5 died," claimed his Harbour counterpart, Deng Alor.', "5", "Deng Alor"),
    ],
)  # fmt: skip
def test_statements_pronouns_and_descriptions_of_session_16(
    text: str, words: str, source: str | None
) -> None:
    assert source_of_words(text, words) == source


def test_the_given_name_said_is_no_verb_of_saying() -> None:
    from summarizer.text.sentences import CLAIM

    assert CLAIM.search("Other candidates were Ann Roe and Berber activist Said Saadi.") is None
    assert CLAIM.search("Said Saadi said turnout was low.") is not None
    assert CLAIM.search("He said turnout was low.") is not None


def test_a_body_in_a_place_is_not_the_place() -> None:
    from summarizer.text.sources.names import located_apart

    assert located_apart("The electoral commission in the Harbour Republic", "Harbour Republic")
    assert located_apart("Harbour Republic", "the electoral commission in Harbour Republic")
    assert not located_apart("The electoral commission", "Harbour Republic")
    assert not located_apart("Officials in Harbourland", "Harbourland officials")


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        # unnamed reports: "as latest reports claim", "with reports stating", "reports from
        # locals suggest", "initial reports have confirmed"
        ("The boat sank when, as latest reports claim, it was carrying 300 people.", "300",
         "latest reports"),
        ("The toll climbed by Tuesday, with reports stating 107 had died.", "107", "reports"),
        ("With reports stating 107 had died, the toll climbed.", "107", "reports"),
        ("Reports from locals suggest 33 people remain missing.", "33", "Reports from locals"),
        ("So far, initial reports have confirmed 66 people killed.", "66", "initial reports"),
        # "As explained by NAME," (not "as measured by": a measure, not a speaker)
        ("As explained by co-author Ann Roe, the space over 100% indicates cooling.", "100%",
         "co-author Ann Roe"),
        # a plural subject's "estimate that"
        ("Harbour authorities estimate that more than 200 villages were damaged.", "200",
         "Harbour authorities"),
        # a body puts the strength (or magnitude) of a quake at a number
        ("The provincial seismological bureau put the strength of the quake at 7.0.", "7.0",
         "The provincial seismological bureau"),
        # a document named by its title in quotation marks
        ('Growth will be 1.5 per cent, according to the "Harbour Economic Outlook for 2002." '
         "In 2001 it was 1.3 per cent.", "1.5", "Harbour Economic Outlook for 2002"),
        # a speaker opening a clause after "while"
        ('Ships sank, while Ann Roe, head of the port police, said "5 will be charged".', "5",
         "Ann Roe"),
        # "It" is the report named before, not the person who explained it
        ("The Harbour Climate Report says warming is real. As explained by co-author Ann Roe, "
         "it is grim.\n\nIt predicts a 2 m rise.", "2 m", "The Harbour Climate Report"),
    ],
)  # fmt: skip
def test_reports_titles_and_clauses_of_session_17(text: str, words: str, source: str) -> None:
    assert source_of_words(text, words) == source


def test_a_source_named_in_a_sentence_that_claims_nothing_takes_none_of_its_figures() -> None:
    from summarizer.brief.schema import BriefWarning
    from summarizer.llm.responses import SourceLabel, SourceLabels
    from summarizer.llm.strategies.sourcing import SourceBook
    from summarizer.text.sentences import sentences

    text = (
        "Two airliners nearly collide\n\nA Harbour Airlines plane carrying 24 people came "
        "within 600 feet of another jet.\n\nThe Harbour Airlines plane pulled up. It is believed "
        'the jets would have struck each other. "They climbed," said a Harbour Airlines '
        "spokeswoman."
    )
    lay = layout(text)
    book = SourceBook(text, lay, sentences(text, lay))
    book.add_labels(
        SourceLabels(sources=[SourceLabel(name="Harbour Airlines", kind="other")]),
        warnings := list[BriefWarning](),
    )
    assert [s.name for s in book.sources] == ["Harbour Airlines"]  # it claims elsewhere
    (people,) = [m for m in figure_candidates(text, lay) if text[m.start : m.end] == "24"]
    assert book.source_of(people) is None  # the plane's passengers are the outlet's count
    assert warnings == []


def test_a_title_and_surname_is_named_in_full_where_the_article_gives_the_full_name() -> None:
    from summarizer.text.sources.references import full_name

    text = (
        "Prime Minister Leo Roe spoke. Prof. Ann Lee said 5 died.\n\n"
        "Prime Minister Roe said 6 died. President Harbour said 7 did."
    )
    assert full_name("Prime Minister Roe", text) == "Leo Roe"  # not "Prime Roe"
    assert full_name("Prof. Lee", text) == "Ann Lee"
    assert full_name("President Harbour", text) is None  # never named in full
    assert full_name("Officials", text) is None
    assert _kept_sources(text, ["Prime Minister Roe", "Leo Roe"])[0] == ["Leo Roe"]


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        # a lead describes the body it names next, with a word of the description
        ("A Harbour rights group says shelling killed at least 18 people.\n\n"
         "The Harbour Observatory for Civil Rights says shells hit Ariha.", "18",
         "The Harbour Observatory for Civil Rights"),
        # ... not a body named next that shares no word with the description
        ("A Harbour rights group says the toll rose to 87.\n\n"
         "The opposition Local Coordination Committees reported shelling.", "87",
         "A Harbour rights group"),
        # "the group" and "the observatory" stand for the observatory named before
        ("The Harbour Observatory for Civil Rights says shells hit Ariha. The group says "
         "5 died.", "5", "The Harbour Observatory for Civil Rights"),
        ("The Harbour Observatory for Civil Rights says shells hit Ariha. The observatory "
         "says 9 died.", "9", "The Harbour Observatory for Civil Rights"),
        ("The Harbour Observatory for Civil Rights says shells hit Ariha.\n\nSeparately, the "
         "Observatory says 300 were freed.", "300", "The Harbour Observatory for Civil Rights"),
        # "Today's report" is the report the article named, by its authors
        ("Ann Roe issued a statement on the release of the June trade report by the Harbour "
         "Statistics Bureau. Today's report showed exports fell 2.3 percent.", "2.3",
         "report by the Harbour Statistics Bureau"),
        # two bodies announce together: the one named first leads
        ("Three firms will spend $12 million, the Harbour Environment Agency and the Justice "
         "Department announced today.", "$12 million", "the Harbour Environment Agency"),
        # a sentence opening on the document whose terms it gives
        ("Under terms of a consent decree lodged in court, the defendants will pay at least "
         "$61 million.", "$61 million", "consent decree"),
        ("The firms will plead guilty, the ministry said. Under the plea agreements, Harbour "
         "Air will pay $109 million. Kestrel Air will pay $15.7 million.", "$15.7 million",
         "plea agreements"),
        # ... not a document named at the sentence's end
        ("The agency said so. The firms also will pay $700,000 under the settlement.",
         "$700,000", "The agency"),
        # what was announced is no speaker; an address is no speaker either
        ("On Tuesday, astronomers in Tucson, Arizona, United States, announced the discovery "
         "of ten small moons. Jupiter now has 79 moons.", "79", None),
    ],
)  # fmt: skip
def test_descriptions_joint_bodies_and_documents_of_session_18(
    text: str, words: str, source: str | None
) -> None:
    assert source_of_words(text, words) == source


def test_a_models_source_that_is_only_part_of_a_word_is_dropped() -> None:
    from summarizer.brief.schema import BriefWarning
    from summarizer.llm.responses import SourceLabel, SourceLabels
    from summarizer.llm.strategies.sourcing import SourceBook
    from summarizer.text.sentences import sentences

    text = "Rebels freed 300 Kurdish civilians, the Harbour Observatory says. Officials said so."
    lay = layout(text)
    book = SourceBook(text, lay, sentences(text, lay))
    book.add_labels(
        SourceLabels(
            sources=[
                SourceLabel(name="Kurdis", kind="other"),
                SourceLabel(name="officials", kind="government"),  # whole, in another case
            ]
        ),
        warnings := list[BriefWarning](),
    )
    assert [s.name for s in book.sources] == ["officials"]
    assert [w.message for w in warnings] == [
        "dropped source 'Kurdis': only part of a word of the article"
    ]


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        # a graph, chart or analysis by a body is the body's
        ("A graph by Harbour Networks available on a newspaper's website shows a drop from "
         "2.5 million megabits per second.", "2.5 million", "Harbour Networks"),
        ("An analysis by the Harbour Times found 40 percent of claims were late.", "40 percent",
         "Harbour Times"),
        # another report from a body, dated by the weekend, says what it says
        ("According to Mayor Ann Roe, six people died. Another report from the Harbour "
         "government during the weekend said eight people died.", "eight",
         "report from the Harbour government"),
        # a body's definition is its own; "the archive" is the archive named before
        ("According to the Harbour Violence Archive, 4 shootings followed. The archive "
         "characterizes events where four or more people are shot as a mass shooting.", "four",
         "the Harbour Violence Archive"),
    ],
)  # fmt: skip
def test_graphs_analyses_and_other_reports_of_session_19(
    text: str, words: str, source: str | None
) -> None:
    assert source_of_words(text, words) == source


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        # a court case's documents and evidence speak for what they allege or show
        ("The indictment alleges that the ring won up to $90,000 on one night.", "$90,000",
         "The indictment"),
        ("A second complaint has alleged that 7 more traders took part.", "7",
         "A second complaint"),
        ("According to the affidavit, the firm hid $4 million in losses.", "$4 million",
         "the affidavit"),
        ("Evidence presented at trial proved that Roe moved $12 million offshore.",
         "$12 million", "Evidence presented at trial"),
        ("According to trial evidence, the fraud used three shell companies.", "three",
         "trial evidence"),
        ("The two shell companies, evidence showed, hid $25 million in the first quarter.",
         "$25 million", "evidence"),
        # a defendant's admission is the defendant's
        ("Ann Roe admitted that she and others took up to $2.5 million from the fund.",
         "$2.5 million", "Ann Roe"),
        ("These defendants admitted to targeting a combined total of about 24 banks.", "24",
         "These defendants"),
        # not every "admitted": "was admitted to hospital" says nothing
        ("Ann Roe was admitted to hospital with 3 broken ribs.", "3", None),
        # two officials announce together, each with a long title: the first named leads
        ("Ann Roe pleaded guilty to stealing $9 million, Acting Assistant Attorney General "
         "Bo Li of the Harbour Division and U.S. Attorney Cy Dee for the Eastern District of "
         "Harbour announced today.", "$9 million",
         "Assistant Attorney General Bo Li of the Harbour Division"),
        # a web release's "(PDF)" between a report and its author
        ("The secretary issued a statement on the release of the trade report (PDF) by the "
         "Harbour Statistics Bureau. Exports rose 3.5 percent in May.", "3.5 percent",
         "Harbour Statistics Bureau"),
    ],
)  # fmt: skip
def test_court_documents_admissions_and_joint_announcements_of_session_20(
    text: str, words: str, source: str | None
) -> None:
    assert source_of_words(text, words) == source


_STATEMENT = (
    "Statement by Secretary Ann Roe on Harbour Trade in May\n\n"
    "Secretary Ann Roe issued the following statement today on the release of the May "
    "Harbour Trade in Goods (PDF) by the Harbour Statistics Bureau. Exports rose 3.5 percent "
    "in May.\n\n"
    "Exports in the first five months were up 5.7 percent.\n\n"
    '"We are on track to pass last year\'s 9.7 million jobs," said Secretary Ann Roe.\n\n'
    "Imports fell 2 percent, the Harbour Chamber said. Tariffs brought in $4 million."
)


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        # a title with a web release's file-type mark is a document by the body after "by"
        (_STATEMENT, "3.5 percent", "Harbour Statistics Bureau"),
        # a statement on a release restates the release's figures, in the paragraphs after too
        (_STATEMENT, "5.7 percent", "Harbour Statistics Bureau"),
        # ... but a quotation is its speaker's, and once another source speaks, the release's
        # attribution no longer carries
        (_STATEMENT, "9.7 million", "Secretary Ann Roe"),
        (_STATEMENT, "$4 million", "the Harbour Chamber"),
        # a conjunction opening the sentence is no part of the speaker's name
        ("Colette Heald said yields fell.\n\nAs Heald told The Huffington Post, ozone "
         "dropped 5 percent.", "5 percent", "Colette Heald"),
        ("While Ann Roe said prices rose 3 percent, others disagreed.", "3 percent", "Ann Roe"),
        # a list's items are the source its lead-in names, past the items before them
        ("Exports fell 3 percent.\n\nHighlights of the statistics on Harbour trade for 2019:"
         "\n\n• Imports were $4.1 billion.\n\n• Employment was 21,600 in 2019.\n\n"
         "For more, read the report.", "21,600", "statistics on Harbour trade for 2019"),
        ("Exports fell 3 percent.\n\nHighlights of the statistics on Harbour trade for 2019:"
         "\n\n• Imports were $4.1 billion.", "3 percent", None),
        ("According to the Harbour ministry:\n\n- Imports were $4.1 billion.", "$4.1 billion",
         "the Harbour ministry"),
        # a lead-in that names no document nor body gives its list no source
        ("Results from the vote:\n\n• Roe won 52 percent.", "52 percent", None),
        # a bullet with no lead-in ending on a colon is the outlet's own
        ("The ministry spoke on Monday.\n\n• Imports were $4.1 billion.", "$4.1 billion",
         None),
        # figures provided by the police are the police's
        ("Official figures provided by the police were that 150 attended.", "150", "police"),
        # a title's file-type mark makes no body of a word before it that is no title
        ("The figures are online (PDF) for the Harbour Statistics Bureau. Exports rose "
         "3.5 percent.", "3.5 percent", None),
    ],
)  # fmt: skip
def test_statements_on_a_release_and_conjunctions_of_session_21(
    text: str, words: str, source: str | None
) -> None:
    assert source_of_words(text, words) == source


def test_a_models_one_word_source_is_named_only_where_its_word_stands_whole() -> None:
    from summarizer.llm.responses import SourceLabel, SourceLabels
    from summarizer.llm.strategies.sourcing import SourceBook
    from summarizer.text.numbers.quantities import scan
    from summarizer.text.sentences import sentences

    text = (
        "Police seized some 500 images, which showed the worst abuse, in the raid.\n\n"
        "The Age reported that six men were held."
    )
    lay = layout(text)
    book = SourceBook(text, lay, sentences(text, lay))
    book.add_labels(SourceLabels(sources=[SourceLabel(name="Age", kind="other")]), [])
    book.add_claims()
    found = {text[m.start : m.end]: book.source_of(m) for m in scan(text, lay)}
    assert found["some 500"] is None  # "images" holds "age", not the newspaper's name
    assert found["six"] == "Age"


def test_a_models_name_cut_at_an_initial_is_listed_whole() -> None:
    from summarizer.llm.responses import SourceLabel, SourceLabels
    from summarizer.llm.strategies.sourcing import SourceBook
    from summarizer.text.sentences import sentences

    text = '"Prices rose 5 percent," said Ann B. Roe, the bureau\'s director.'
    lay = layout(text)
    book = SourceBook(text, lay, sentences(text, lay))
    book.add_labels(SourceLabels(sources=[SourceLabel(name="Ann B.", kind="government")]), [])
    book.add_claims()
    assert [s.name for s in book.sources] == ["Ann B. Roe"]


def _merged_book(text: str, names: list[str]) -> tuple[list[str], list[str | None]]:
    """The source list after the model's ``names``, the article's claims and the merge of
    short forms; and the source of every figure after the title."""
    from summarizer.brief.schema import BriefWarning
    from summarizer.llm.responses import SourceLabel, SourceLabels
    from summarizer.llm.strategies.sourcing import SourceBook
    from summarizer.text.sentences import sentences

    lay = layout(text)
    book = SourceBook(text, lay, sentences(text, lay))
    warnings: list[BriefWarning] = []
    labels = SourceLabels(sources=[SourceLabel(name=n, kind="other") for n in names])
    book.add_labels(labels, warnings)
    book.add_claims()
    book.merge_short_forms()
    figures = [m for m in figure_candidates(text, lay)]
    return [s.name for s in book.sources], [book.source_of(m) for m in figures]


@pytest.mark.parametrize(
    ("text", "names", "kept"),
    [
        # a headline shortens the body the story names in full
        ("UN appeals for $9 million for storm victims\n\nThe appeal was launched on Monday, "
         "the UN Office for Harbour Relief (OHR) said.", [],
         ["the UN Office for Harbour Relief (OHR)"]),
        ("Harbour recovery to be slow, EU reports\n\nGrowth will be 2 percent, according to "
         "the European Union Trade Office.", [], ["the European Union Trade Office"]),
        # a piece of a longer name, named in the same clause, is that name
        ("Aid reaches the coast\n\nThe UN Office for Harbour Relief (OHR) said 40 trucks "
         "arrived.", ["UN", "OHR"], ["OHR"]),
        # an acronym spelled out is one source, by the spelled-out name
        ("Crops fail\n\nA UN survey says 30 percent of farms failed. A United Nations survey "
         "also says 12 districts are short.", [], ["A United Nations survey"]),
        # not a model's short form the story names on its own, out of the headline
        ("Aid reaches the coast\n\nThe UN Office for Harbour Relief (OHR) said 40 trucks "
         "arrived.\n\nThe UN warned that 3 more ships would be late.", ["UN", "OHR"],
         ["UN", "OHR"]),
        # nor the author of a document the story names ("BBC" of "BBC global poll")
        ("BBC poll finds most back the plan\n\nThe BBC global poll found 60 percent back "
         "it.", ["BBC"], ["BBC"]),
    ],
)  # fmt: skip
def test_a_short_form_of_a_longer_source_is_that_source_of_session_22(
    text: str, names: list[str], kept: list[str]
) -> None:
    listed, _ = _merged_book(text, names)
    assert listed == kept


def test_a_headline_figure_of_a_merged_short_form_takes_the_longer_name() -> None:
    text = (
        "UN appeals for $9 million for storm victims\n\nAn appeal for $12 million was launched "
        "on Monday, the UN Office for Harbour Relief (OHR) said."
    )
    listed, sources = _merged_book(text, [])
    assert listed == ["the UN Office for Harbour Relief (OHR)"]
    assert sources == ["the UN Office for Harbour Relief (OHR)"] * 2


@pytest.mark.parametrize(
    ("short", "long", "shortened", "alike"),
    [
        ("UN", "UN Office for Harbour Relief (OHR)", True, False),
        ("the UN", "United Nations Harbour Fund", True, False),
        ("EU", "European Union Trade Office", True, False),
        ("UN survey", "United Nations survey", False, True),
        ("UN Food Agency", "United Nations Food Agency (UNFA)", False, True),
        ("BBC", "BBC global poll", False, False),  # its author, not the same source
        ("UN", "Reuters", False, False),
        ("UN", "United Nations", False, True),
        ("Harbour Board", "Harbour Board", False, True),
    ],
)
def test_short_and_spelled_out_names(short: str, long: str, shortened: bool, alike: bool) -> None:
    from summarizer.text.sources.names import short_form, spelled_alike

    assert short_form(short, long) is shortened
    assert spelled_alike(short, long) is alike


@pytest.mark.parametrize(
    ("text", "names", "kept"),
    [
        # one person named with other words around: a role before, a suffix and body after
        ("Harbour spy charged\n\n\"It was a plan,\" said Executive Assistant Director Arthur "
         "M. Cummings.\n\n\"He sold 12 files,\" said Arthur M. Cummings, II, of the Harbour "
         "Security Division.", [], ["Executive Assistant Director Arthur M. Cummings"]),
        # a spokesman by title and surname is the spokesman named in full before
        ("Harbour deal signed\n\n\"It is 40 jets,\" said Sean McCormack.\n\nLater, Spokesman "
         "McCormack said the deal was worth $2 billion.", ["Sean McCormack"],
         ["Sean McCormack"]),
        # not two people who share a body's name after them
        ("Harbour spy charged\n\nAnn Lee of the Harbour Security Division said 3 files were "
         "sold. Ben Cole of the Harbour Security Division said 2 were lost.", [],
         ["Ann Lee of the Harbour Security Division", "Ben Cole of the Harbour Security "
          "Division"]),
    ],
)  # fmt: skip
def test_one_person_named_two_ways_is_one_source_of_session_22(
    text: str, names: list[str], kept: list[str]
) -> None:
    listed, _ = _merged_book(text, names)
    assert listed == kept


def test_an_existential_there_is_no_speaker_of_session_22() -> None:
    text = (
        "Troops land on the island\n\nAbout 450 troops landed on Tuesday, the ministry said. "
        "There have been no official reports of casualties."
    )
    from summarizer.text.sources.attribution import Attribution

    claims = Attribution(text, layout(text)).claims
    assert [c.name for c in claims] == ["the ministry"]


@pytest.mark.parametrize(
    ("name", "anonymous"),
    [
        ("Coast Guard spokesman Armand Balilo", False),
        ("Spokesman McCormack", False),
        ("a spokesman", True),
        ("the ministry spokeswoman", True),
    ],
)
def test_a_spokesperson_by_name_is_not_anonymous(name: str, anonymous: bool) -> None:
    from summarizer.text.sources.names import unnamed

    assert unnamed(name, "other") is anonymous


def _claim_names(text: str) -> list[str]:
    from summarizer.text.sources.attribution import Attribution

    return [c.name for c in Attribution(text, layout(text)).claims]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A person, an age, then a role with no article and no closing comma: the person.
        ("Graves found in La Vega\n\nInvestigators dug for weeks. Maria Vedo, 47, legal "
         "chairwoman for the Rights Assembly of La Vega said the graves held 40 bodies.",
         ["Maria Vedo"]),
        # A name with a particle; the role's body after a field ("of human rights for").
        ("Graves found in La Vega\n\nInvestigators dug for weeks. Sara Dero de Cobal, "
         "secretary of human rights for Vega Province said 40 bodies were found.",
         ["Sara Dero de Cobal"]),
        # The person after an inverted role: '," said acting U.S. Attorney for ..., NAME.'
        ('Firm to pay fine\n\nThe firm will pay $30 million. "This is a crime," said acting '
         "U.S. Attorney for the Western District of Vale, Laura Magen. It was filed today.",
         ["Laura Magen"]),
        # "states" before a participle and its agent is a noun: "other Gulf" is nobody.
        ("Arms sale\n\nThe sale is part of a $20 billion package for Saudi Arabia and other "
         "Gulf states announced by Secretary of State Ana Rice last year.", []),
        # "claims" before "and" or "by" is a noun: nobody claims.
        ("Firm settles\n\nThe firm will pay $80 million to resolve False Claims Act claims "
         "and related state claims by Medicaid.", []),
        # "estimates" before a comma is a noun: "Annual" is nobody.
        ("Travel spending\n\nSpending rose 2 percent. Annual estimates, published each June, "
         "will continue to be produced.", []),
    ],
)  # fmt: skip
def test_who_speaks_in_appositives_and_nouns_that_look_like_verbs_of_session_23(
    text: str, names: list[str]
) -> None:
    assert _claim_names(text) == names


@pytest.mark.parametrize(
    ("name", "plausible"),
    [
        ("to resolve False Claims Act", False),
        ("for the Permanent Assembly for Human Rights", False),
        ("banning illegal migrants from claiming asylum in the UK", False),
        ("acting U.S. Attorney", True),
        ("leading economists", True),
        ("the Interior Ministry", True),
    ],
)
def test_a_phrase_opening_on_a_preposition_or_a_gerund_is_no_name_of_session_23(
    name: str, plausible: bool
) -> None:
    from summarizer.text.sources import claims

    assert claims.plausible(name) is plausible


@pytest.mark.parametrize(
    ("text", "names", "kept"),
    [
        # an outlet a speaker told is a source of what the story relays
        ("Blast in Vale\n\nThe blast destroyed 12 shops, Ali Haddad told Reuters on Sunday.",
         ["Reuters"], ["Reuters", "Ali Haddad"]),
        ("Aid for the coast\n\nLena Moss said to the newspaper The Harbour Times that 40 boats "
         "were lost.", ["The Harbour Times"], ["The Harbour Times", "Lena Moss"]),
        ("Aid for the coast\n\nLena Moss said in an interview with ABC News that 40 boats "
         "were lost.", ["ABC News"], ["ABC News", "Lena Moss"]),
        # not an outlet named otherwise in a sentence where someone else speaks
        ("Aid for the coast\n\nLena Moss, who once worked at Reuters, said 40 boats were "
         "lost.", ["Reuters"], ["Lena Moss"]),
        # nor a reporter the model names with the outlet
        ("Aid for the coast\n\nLena Moss told Harbour Radio reporter Tom Vale that 40 boats "
         "were lost.", ["Harbour Radio reporter Tom Vale"], ["Lena Moss"]),
        # a place named only as where something happened says nothing
        ("Floods in the north\n\nTwelve deaths have been reported in the state of Ceará.",
         ["Ceará"], []),
        ("Floods in the north\n\nCeará reported twelve deaths.", ["Ceará"], ["Ceará"]),
    ],
)  # fmt: skip
def test_an_outlet_told_is_a_source_and_a_place_where_is_not_of_session_23(
    text: str, names: list[str], kept: list[str]
) -> None:
    listed, _ = _merged_book(text, names)
    assert listed == kept


def test_the_story_s_own_outlet_told_is_no_source_of_session_23() -> None:
    text = (
        "Troops stay in Vale\n\nAn official told the Harbour Times on Monday that 800 troops "
        "remain.\n\nBY ANA ROE [ana.roe@harbourtimes.co.kr]"
    )
    listed, _ = _merged_book(text, ["Harbour Times"])
    assert listed == ["An official"]
    listed, _ = _merged_book(
        text.replace("harbourtimes.co.kr", "mail.example.org"), ["Harbour Times"]
    )
    assert listed == ["Harbour Times", "An official"]


@pytest.mark.parametrize(
    ("text", "names", "kept"),
    [
        # the object of a preposition, in a sentence with a verb of saying, says nothing
        ("Bank to forfeit funds\n\nThe bank will forfeit $175 million to the United States, "
         'in a "historic" deal.', ["United States"], []),
        ("Minister visits\n\nThe minister met with President Ana Roe on Sunday. “We will find "
         "all 12 soldiers,” he promised.", ["President Ana Roe"], []),
        ("Floods in the north\n\nTwelve deaths have been reported in the state of Ceará.",
         ["Ceará"], []),
        # a source all the same where the words before the preposition name it so
        ("Blast in Vale\n\nA reporter for the BBC said that 12 shops burned.", ["BBC"],
         ["BBC"]),
        ("Funds lost\n\nCharities, such as Cats Protection, today said that they lost 20 "
         "percent of their funds.", ["Cats Protection"], ["Cats Protection"]),
        ("Mission extended\n\nThe council read a report in which Secretary-General Ana Roe "
         "commended the 7,000 troops.", ["Secretary-General Ana Roe"],
         ["Secretary-General Ana Roe"]),
        ("Markets fall\n\nKaufman, along with senator Mark Warner from Virginia, called on "
         "Congress to act on the 9 percent fall.", ["Mark Warner"], ["Mark Warner"]),
        ("Markets fall\n\nThe 9 percent fall was reported in The Harbour Times.",
         ["The Harbour Times"], ["The Harbour Times"]),
    ],
)  # fmt: skip
def test_a_name_only_after_a_preposition_is_no_speaker_of_session_23(
    text: str, names: list[str], kept: list[str]
) -> None:
    listed, _ = _merged_book(text, names)
    assert listed == kept


@pytest.mark.parametrize(
    "person",
    ["MSF doctor Ana Roe", "MSF field co-ordinator Ana Roe", "MSF lawyer Ana Roe"],
)
def test_a_body_s_doctor_or_lawyer_is_a_source_apart_from_the_body_of_session_23(
    person: str,
) -> None:
    text = (
        "Camp bombed\n\nMédecins Sans Frontières (MSF) said 90 people died. “We saw 40 "
        f"wounded,” said {person}."
    )
    listed, _ = _merged_book(text, ["MSF", person])
    assert listed == ["MSF", person]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # "the spokesman" is the spokesman the article introduced before
        ("Vote drive\n\nA UN spokesman reported that 22 percent are women. Spokesman Ana "
         "Roe told a briefing that 40 centres are open. The spokesman stressed that 300 more "
         "are planned.", ["A UN spokesman", "Spokesman Ana Roe", "Spokesman Ana Roe"]),
        ("Budget freeze\n\nThe plan saves $250 billion, said an unnamed government official. "
         "It runs until 2013, the official said.",
         ["an unnamed government official", "an unnamed government official"]),
        # with no such speaker before, it stays as written
        ("Budget freeze\n\nThe plan saves $250 billion, the official said.", ["the official"]),
    ],
)  # fmt: skip
def test_the_spokesman_or_the_official_is_the_one_introduced_before_of_session_23(
    text: str, names: list[str]
) -> None:
    assert _claim_names(text) == names


@pytest.mark.parametrize(
    ("text", "names", "kept"),
    [
        # a wire photo's caption names who is pictured, not who says anything
        ("Roe ahead in Harbour\n\nFILE - Harbour Party candidates Ana Roe and Ben Cole top a "
         "new poll.\n\nRoe has 24 percent.", ["Harbour Party candidates"], []),
        # a claim in the passive is someone else's: "X is believed to be ..." is no claim of X
        ("Oil at a record\n\nOil rose 2 percent. Tropical Storm Noel is also believed to be a "
         "cause of rising prices.", ["Tropical Storm Noel"], []),
        ("Oil at a record\n\nOil rose 2 percent. Harbour Oil believes the storm is a cause.",
         ["Harbour Oil"], ["Harbour Oil"]),
    ],
)  # fmt: skip
def test_a_caption_or_a_passive_claim_names_no_source_of_session_23(
    text: str, names: list[str], kept: list[str]
) -> None:
    listed, _ = _merged_book(text, names)
    assert listed == kept


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # "the president" is the one president the article named before, qualifier and all
        ("Bill signed\n\nOn Thursday, Harbourian President Ana Roe signed a bill that adds 12 "
         "seats.\n\nAfter approving it, the president said 40,000 people would gain a vote.",
         ["Ana Roe"]),
        # not when it named two
        ("Bill signed\n\nHarbourian President Ana Roe met Valian President Ben Cole on "
         "Thursday.\n\nAfter the talks, the president said 40,000 people would gain a vote.",
         ["the president"]),
    ],
)  # fmt: skip
def test_the_president_is_the_one_named_before_of_session_23(text: str, names: list[str]) -> None:
    assert _claim_names(text) == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # a case's charging papers and deals speak for what they allege and provide
        ("The criminal information, filed in the Western District of Vale, alleges that the "
         "firm paid $12 million.", ["The criminal information"]),
        ("The plea agreement provides that the firm will pay $515 million.",
         ["The plea agreement"]),
        ("According to the information, in 2005 the officer took $225,000.",
         ["the information"]),
        ("According to the charges filed today in the U.S. District Court for Vale, prices "
         "were fixed for 12 years.", ["the charges"]),
        ("The qui tam lawsuits alleged that the firm paid $30 million.",
         ["The qui tam lawsuits"]),
        # "provided that" is a condition, not a claim
        ("The firm will pay $30 million, provided that the court agrees.", []),
    ],
)  # fmt: skip
def test_a_court_paper_speaks_for_what_it_alleges_of_session_23(
    sentence: str, names: list[str]
) -> None:
    text = f"Firm fined\n\nThe firm was fined on Monday. {sentence}"
    assert list(dict.fromkeys(_claim_names(text))) == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # people of something speak: "Critics of the freeze said"
        ("Critics of the freeze said that the $250 billion cut was small.",
         ["Critics of the freeze"]),
        # a one-word name with an aside of where it spoke
        ("Roe, in her concession speech, commented that 48 percent backed her.", ["Roe"]),
        # the opposition and a body's staff speak
        ("The opposition accuses the government of rigging 12 polls.", ["The opposition"]),
        ("The hotel security staff say that they left 2 rooms.", ["The hotel security staff"]),
        # a name with a particle
        ("Earlier, al-Harbi claimed that 19 people died.", ["al-Harbi"]),
        # a body that issues a statement
        ("The Union of Vale Journalists has issued a statement condemning the attack on 3 "
         "reporters.", ["The Union of Vale Journalists"]),
        # a governor in an appositive left unclosed
        ("Julia Palu, governor of the North Vale district has said 40 bodies were found.",
         ["Julia Palu"]),
    ],
)  # fmt: skip
def test_more_speakers_of_session_23(sentence: str, names: list[str]) -> None:
    from summarizer.text.sources.attribution import Attribution

    text = f"Blast in Vale\n\nA blast hit the city on Monday.\n\n{sentence}"
    named = Attribution(text, layout(text)).named  # (a stance's too: it speaks for no figure)
    assert list(dict.fromkeys(c.name for c in named)) == names


def test_a_stance_speaks_for_no_figure_of_session_23() -> None:
    from summarizer.text.sources.attribution import Attribution

    text = (
        "Blast in Vale\n\nA blast hit the city on Monday.\n\nIn September, al-Harbi claimed "
        "responsibility for an attack which killed 17 peacekeepers. Two vehicles were used."
    )
    attribution = Attribution(text, layout(text))
    assert [c.name for c in attribution.named] == ["al-Harbi"]
    assert attribution.claims == []
    seventeen = text.index("17")
    assert attribution.claim_at(seventeen, seventeen + 2) is None


def test_a_statement_that_says_what_speaks_for_its_figures_of_session_23() -> None:
    assert (
        source_of_words("The Interior Ministry issued a statement saying 40 people died.", "40")
        == "The Interior Ministry"
    )
    assert (
        source_of_words(
            "The Interior Ministry issued a statement condemning the attack, which killed 40.", "40"
        )
        is None
    )


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("“We came to hand in our weapons,” one policeman said.", ["one policeman"]),
        ("The brothers were 16 and 17, said a relative.", ["a relative"]),
        ("One rebel said that at least $95 million was diverted.", ["One rebel"]),
        ("The shelter holds 300 people, said a victim.", ["a victim"]),
        ("Police warn more bodies may be found among the 7 cars.", ["Police"]),
        ("Officials tell Harbour News every one of the 12,000 claims will be assessed.",
         ["Officials"]),
    ],
)  # fmt: skip
def test_unnamed_people_who_speak_of_session_23(sentence: str, names: list[str]) -> None:
    text = f"Blast in Vale\n\nA blast hit the city on Monday.\n\n{sentence}"
    assert list(dict.fromkeys(_claim_names(text))) == names


def test_a_police_rank_and_a_person_is_a_source_apart_from_the_police_of_session_23() -> None:
    text = (
        "Crash at airshow\n\nPolice warn more bodies may be found among the 7 cars. Police "
        "Superintendent Jane Derr said 14 people were hurt."
    )
    listed, _ = _merged_book(text, [])
    assert listed == ["Police", "Police Superintendent Jane Derr"]


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("the Commerce Department’s Census Bureau and Bureau of Economic Analysis",
         ["Census Bureau", "Bureau of Economic Analysis"]),
        ("the Harbour Agency and the Justice Department", ["Harbour Agency", "Justice Department"]),
        ("UNICEF and WFP", ["UNICEF", "WFP"]),
        # one body's name with "and" in it
        ("the Department of Health and Human Services", []),
        ("Food and Drug Administration", []),
        ("Bureau of Alcohol, Tobacco, Firearms and Explosives", []),
    ],
)  # fmt: skip
def test_two_bodies_named_together_of_session_23(name: str, parts: list[str]) -> None:
    from summarizer.text.sources.names import joint_bodies

    assert joint_bodies(name) == parts


def test_two_bodies_named_together_are_two_sources_the_first_states_of_session_23() -> None:
    text = (
        "Exports rise\n\nExports rose 2 percent to $180 billion, the Commerce Department’s "
        "Census Bureau and Bureau of Economic Analysis reported today."
    )
    listed, sources = _merged_book(text, [])
    assert listed == ["Census Bureau", "Bureau of Economic Analysis"]
    assert set(sources) == {"Census Bureau"}


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # a title too long for a name, then the person
        ('"It protects 12 million patients," said Department of Harbour and Coastal Affairs '
         "Inspector General Dana R. Levin.", ["Dana R. Levin"]),
    ],
)  # fmt: skip
def test_a_long_title_then_a_person_is_the_person_of_session_23(
    sentence: str, names: list[str]
) -> None:
    text = f"Firm fined\n\nThe firm was fined on Monday.\n\n{sentence}"
    assert _claim_names(text) == names


def test_the_second_of_two_titled_people_is_not_read_off_a_long_name_of_session_23() -> None:
    from summarizer.text.sources.claims import long_title_person

    assert (
        long_title_person(
            "Acting Assistant Attorney General Matt Fried of the Criminal Division and U.S. "
            "Attorney R. Alex Acosta"
        )
        is None
    )


def test_a_bare_group_and_the_group_qualified_are_two_sources_of_session_23() -> None:
    text = (
        "Quake toll rises\n\nOfficials now say 348 people were killed. Local officials said "
        "more than 500 were hurt."
    )
    listed, sources = _merged_book(text, [])
    assert listed == ["Officials", "Local officials"]
    assert sources == ["Officials", "Local officials"]


def test_a_person_s_people_are_named_by_the_person_of_session_23() -> None:
    text = (
        "Harbourian President Wins Re-election\n\nHarbourian President Ana Roe said she won "
        "72 percent.\n\nThe president's supporters say 40 schools were built. But her critics "
        "say 60 percent are poor."
    )
    names = ["Harbourian President Ana Roe", "Ana Roe's supporters", "Ana Roe's critics"]
    assert _claim_names(text) == names
    listed, _ = _merged_book(text, [])
    assert listed == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Earlier studies have suggested that the virus spread 100 years ago.",
         ["Earlier studies"]),
        ("Earlier estimates of this nature had indicated the first case came in 1915.",
         ["Earlier estimates"]),
    ],
)  # fmt: skip
def test_earlier_work_speaks_for_its_findings_of_session_23(
    sentence: str, names: list[str]
) -> None:
    text = f"Virus older than thought\n\nA study traced the virus.\n\n{sentence}"
    assert _claim_names(text) == names


@pytest.mark.parametrize(
    ("sentence", "named", "claims"),
    [
        # a stance names a source that speaks for no figure
        ("Mr. Roe, who came second with about eight percent of the vote, denounced the "
         "election as fraudulent.", ["Mr. Roe"], []),
        ("Harbour Prime Minister Ana Roe later congratulated the 40 winners.",
         ["Harbour Prime Minister Ana Roe"], []),
        # an accusation gives its numbers
        ("Jon Lee, a lawyer for the family, accused the police of firing 12 shots.",
         ["Jon Lee"], ["Jon Lee"]),
        # a call, by a name right before it, and a suggestion say what
        ("Mugabe hit back after Brown called for 40 observers.", ["Brown"], ["Brown"]),
        ("The Harbour Daily has suggested it is the biggest of 12 cases.",
         ["The Harbour Daily"], ["The Harbour Daily"]),
        # a speaker named along with another
        ("Kaufman, along with senator Mark Warner from Virginia, called on Congress to look "
         "at the 9 percent fall.", ["Mark Warner"], ["Mark Warner"]),
    ],
)  # fmt: skip
def test_stances_calls_and_suggestions_of_session_23(
    sentence: str, named: list[str], claims: list[str]
) -> None:
    from summarizer.text.sources.attribution import Attribution

    text = f"Vote in Harbour\n\nThe vote was held on Sunday.\n\n{sentence}"
    attribution = Attribution(text, layout(text))
    assert list(dict.fromkeys(c.name for c in attribution.named)) == named
    assert list(dict.fromkeys(c.name for c in attribution.claims)) == claims


def test_a_body_with_its_acronym_then_a_role_then_a_person_is_the_person_of_session_23() -> None:
    from summarizer.text.sources.names import person_in

    assert person_in("UN Harbour Programme (UNHP) Administrator Mark Moss Brown") == (
        "Mark Moss Brown"
    )
    text = (
        "Floods in Vale\n\nUN Harbour Programme (UNHP) Administrator Mark Moss Brown praised "
        "the 40 rescue teams."
    )
    listed, _ = _merged_book(text, ["UN Harbour Programme (UNHP)"])
    assert listed == ["UN Harbour Programme (UNHP) Administrator Mark Moss Brown"]


def test_a_long_title_and_a_surname_is_the_person_named_before_of_session_23() -> None:
    from summarizer.text.sources.references import full_name

    text = (
        '"Taxpayers will pay," said Nathan J. Hochman, Assistant Attorney General of the Tax '
        "Division. Assistant Attorney General Hochman commended the agents."
    )
    assert full_name("Assistant Attorney General Hochman", text) == "Nathan J. Hochman"
    assert full_name("Hochman", text) is None  # (a surname alone is no title and surname)


@pytest.mark.parametrize(
    ("sentence", "claims"),
    [
        # inverted: the verb of saying before the name is the name's, not the aside's stance
        ('"Seventeen people were killed," said Ali Hassan, who condemned the attack.',
         ["Ali Hassan"]),
        ("According to Ali Hassan, who condemned the attack, 17 people were killed.",
         ["Ali Hassan"]),
        # a stance in a relative aside is not the name's verb
        ("Ali Hassan, who condemned the attack, said 17 people were killed.", ["Ali Hassan"]),
        # a stance past an aside that is no relative clause is still the name's
        ("Mr. Vale, known for statesmanship in Europe, criticized the 17 percent tariff.", []),
        # the name's own verb past a relative aside
        ("Mr. Vale, who came second with about 17 percent, denounced the election.", []),
    ],
)  # fmt: skip
def test_the_stance_is_the_verb_the_name_is_subject_of_of_session_24(
    sentence: str, claims: list[str]
) -> None:
    assert list(dict.fromkeys(_claim_names(f"Attack in Vale\n\nA blast hit.\n\n{sentence}"))) == (
        claims
    )


def test_the_bare_group_with_its_article_is_the_bare_group_of_session_24() -> None:
    from summarizer.llm.strategies.sourcing import SourceBook

    assert SourceBook._same("Officials", "The officials")
    assert SourceBook._same("the sources", "Sources")
    assert not SourceBook._same("Officials", "Local officials")
    assert not SourceBook._same("The officials", "Local officials")


def test_the_spokesman_is_not_the_one_named_next_to_another_s_spokesman_of_session_24() -> None:
    text = (
        "Floods in Vale\n\nA spokesman for the Harbour Board said 40 people died. Ann Lee of the "
        "Port Authority said 12 were hurt. The spokesman said 300 homes were lost."
    )
    assert _claim_names(text) == [
        "the Harbour Board", "Ann Lee of the Port Authority", "the Harbour Board"
    ]  # fmt: skip
    # ... and still the one whose role stands in its own sentence
    text = (
        "Floods in Vale\n\nThe Harbour Board said 40 people died. A spokesman for Kofi Vale, Ann "
        "Lee, said 12 were hurt. The spokesman said 300 homes were lost."
    )
    assert _claim_names(text)[-1] == _claim_names(text)[-2] != "The spokesman"


@pytest.mark.parametrize(
    ("between", "critics"),
    [
        # a person's people named just before: their critics
        ("The president's supporters say 40 died.", "Yahya Vale's critics"),
        # no person's people before, only a person's body: no guess
        ("The president's government said 40 died.", "his critics"),
        # a person named nearer than the people: "his" may be theirs, no guess
        ("The president's supporters say 40 died. Ali Hassan said 12 were hurt.", "his critics"),
    ],
)  # fmt: skip
def test_his_critics_are_the_critics_of_the_person_whose_people_come_just_before_of_session_24(
    between: str, critics: str
) -> None:
    text = (
        f"Vote in Vale\n\nPresident Yahya Vale won 60 percent. {between} But his critics say "
        "300 died."
    )
    assert _claim_names(text)[-1] == critics


def test_a_claim_two_patterns_read_is_named_once_of_session_24() -> None:
    from summarizer.text.sources.attribution import Attribution

    for sentence in (
        "Ali Hassan, who condemned the attack, said 17 people were killed.",
        "Ali Hassan, in remarks to Vale Radio, said 17 people were killed.",
    ):
        text = f"Attack in Vale\n\nA blast hit.\n\n{sentence}"
        assert [c.name for c in Attribution(text, layout(text)).named] == ["Ali Hassan"]


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        # a list of officials announcing together, after a judge the trial was before
        ("Seven men were convicted today after a trial before Senior U.S. District Judge Ann "
         "B. Vale, Acting Assistant Attorney General Mark Lee of the Criminal Division, Acting "
         "U.S. Attorney for the Northern District of Harbour Tom F. Kirby and FBI Executive "
         "Assistant Director J. Sam Tidd announced.",
         ["Mark Lee", "Tom F. Kirby", "J. Sam Tidd"]),
        # announced, then the list
        ("Roy Vale was sentenced today to 97 years in prison, announced Acting Assistant "
         "Attorney General Mark Lee of the Criminal Division and U.S. Attorney R. Alan Costa "
         "for the Southern District of Harbour.", ["Mark Lee", "R. Alan Costa"]),
        # the list, then "made the announcement"
        ("U.S. Attorney Mike A. Benn of the Western District of Harbour and Special Agent in "
         "Charge Kara Wing of the Internal Revenue Service Criminal Investigation (IRS-CI), "
         "Vale Field Office made the announcement.", ["Mike A. Benn", "Kara Wing"]),
        # "announced by", each with a role, apart by semicolons
        ("The guilty plea was announced by Lora King, Acting Assistant Attorney General for the "
         "Civil Rights Division; Ben J. Camp, U.S. Attorney for the Eastern District of Harbour; "
         "Joe M. Dema, Jr., Assistant Director-in-Charge, FBI, Vale Field Office; and Ray W. "
         "Kell, Commissioner, Vale Police Department.",
         ["Lora King", "Ben J. Camp", "Joe M. Dema, Jr.", "Ray W. Kell"]),
    ],
)  # fmt: skip
def test_officials_announcing_together_are_each_a_source_of_session_24(
    sentence: str, people: list[str]
) -> None:
    from summarizer.text.sources.attribution import Attribution

    text = f"Case closed in Harbour\n\nThursday, January 22, 2009\n\n{sentence}"
    attribution = Attribution(text, layout(text))
    named = [c.name for c in attribution.named]
    assert all(any(p in n for n in named) for p in people), named
    assert not any("Vale" in n and "Judge" in n for n in named)


def test_a_title_and_surname_of_a_listed_official_is_the_official_of_session_24() -> None:
    from summarizer.text.sources.references import full_name

    text = (
        "Seven men were convicted, Acting U.S. Attorney for the Northern District of Harbour "
        'Tom F. Kirby announced. Acting U.S. Attorney Kirby said, "This verdict is just."'
    )
    assert full_name("Attorney Kirby", text) == "Tom F. Kirby"


def test_a_body_s_office_is_no_person_at_the_end_of_a_long_title_of_session_24() -> None:
    text = (
        'Plea in Vale\n\n"The crimes were violent," said FBI Assistant Director-in-Charge Dema '
        "of the New Vale Field Office."
    )
    assert "Vale Field Office" not in _claim_names(text)


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # a witness (a role's singular that ends in -ss)
        ("A witness said 40 people were hurt.", ["A witness"]),
        ("Eyewitnesses described heavy traffic on the bridge at the time.", ["Eyewitnesses"]),
        # an acronym's role before a person with an age
        ("PLR spokeswoman Ana Ruiz, 41, said 40 people left.", ["Ana Ruiz"]),
        # "described ... as" says how a thing is (not the participle)
        ("The Harbour court described the bribes as massive.", ["The Harbour court"]),
        ("The area described by the mayor holds 40 homes.", []),
    ],
)  # fmt: skip
def test_witnesses_and_descriptions_of_session_24(sentence: str, names: list[str]) -> None:
    assert _claim_names(f"Attack in Vale\n\nA blast hit.\n\n{sentence}") == names


@pytest.mark.parametrize("told", ["telling the Vale Times", "adding to the Vale Times:"])
def test_an_outlet_a_speaker_is_telling_is_a_source_of_session_24(told: str) -> None:
    text = (
        "Bomber buried in Vale\n\nAnn Lee, whose son died, spoke on Monday. She described the "
        f"burial as a sad time, {told} she had waited 20 years."
    )
    listed, _ = _merged_book(text, ["Vale Times"])
    assert "Vale Times" in listed


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # a court's finding, by the judge named before
        ("Ann Vale was sentenced by U.S. District Judge Michael H. Watson. The judge found "
         "the tax loss to be more than $1 million.", ["Michael H. Watson"]),
        ("Ann Vale was sentenced by U.S. District Judge Christopher F. Droney. On Oct. 31, "
         "2008, Judge Droney found that shareholders lost $544 million.",
         ["Christopher F. Droney"]),
        ("The jury found that 12 of the claims were false.", ["The jury"]),
        # not anyone who found something
        ("Rescuers found 12 survivors in the rubble.", []),
    ],
)  # fmt: skip
def test_a_court_s_finding_speaks_for_its_figures_of_session_24(
    sentence: str, names: list[str]
) -> None:
    assert _claim_names(f"Fraud case in Vale\n\nThe trial ended.\n\n{sentence}") == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # a stance after "said" with no comma before it: the name's own verb
        ("Officials said Mr. Vale, who came second with eight percent, denounced the vote.",
         ["Officials"]),
        # the object of a verb before a list of officials is no announcer
        ("Agents arrested Mayor John Smith and Sheriff Mary Jones, U.S. Attorney Bob Lee "
         "announced.", ["U.S. Attorney Bob Lee"]),
        # two officials announcing: two sources, not one read across both
        ("U.S. Attorney Bob Lee and FBI Director Rob Muel announced the $5 million settlement.",
         ["Bob Lee", "Rob Muel"]),
        ("The jury convicted Smith and Jones, U.S. Attorney Bob Lee and FBI Special Agent in "
         "Charge Kara Wing announced after the verdict.", ["Bob Lee", "Kara Wing"]),
        # a court's finding, named with a modifier
        ("A federal judge found the tax loss to be more than $1 million.", ["A federal judge"]),
    ],
)  # fmt: skip
def test_review_cases_of_session_24(sentence: str, names: list[str]) -> None:
    assert _claim_names(f"Case in Vale\n\nThursday, January 22, 2009\n\n{sentence}") == names


def test_a_name_is_not_read_across_a_missing_comma_of_session_24() -> None:
    text = (
        "Flights in Vale\n\nA flight landed.\n\nThree flights declared emergencies after being "
        "diverted to Vale the Harbour Air Authority described the flights as short of fuel."
    )
    assert _claim_names(text) == ["the Harbour Air Authority"]


def test_an_official_named_role_last_is_the_one_a_title_and_surname_name_of_session_24() -> None:
    from summarizer.text.sources.references import full_name

    text = (
        "The plea was announced by Lora King, Acting Assistant Attorney General for the Civil "
        'Rights Division. "This sends a message," said Acting Assistant Attorney General King.'
    )
    assert full_name("Acting Assistant Attorney General King", text) == "Lora King"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the document a claim names back to is its issuer's
        ("Title\n\nA blast hit.\n\nThe Somali National Army Headquarters, in a statement, put "
         "the death toll at four soldiers.\n\nThe statement said 15 militants were killed.",
         ["The Somali National Army Headquarters", "The Somali National Army Headquarters"]),
        ("Title\n\nA blast hit.\n\nThe World Bank said in a report that 40 projects stalled. "
         "The report says 12 were cancelled.", ["The World Bank", "The World Bank"]),
        # ... not one whose sentence names another document
        ("Title\n\nA blast hit.\n\nThe army said 4 soldiers died.\n\nThe statement said 15 "
         "militants were killed.", ["The army", "The statement"]),
        # an office-holder by the office, named after with "also"
        ("Title\n\nA blast hit.\n\nThe governor of Somalia's Hiran region, who was at the "
         "hotel, says the dead include six Somalis.\n\nAbdi Farah Laqanyo also says he "
         "believes eight fighters were killed.", ["Abdi Farah Laqanyo"] * 3),
        # ... not another source agreeing (no person's pronoun, a role, a body)
        ("Title\n\nA blast hit.\n\nThe mayor of the town says 40 homes burned.\n\nResident "
         "Abdi Hassan also says his home burned.",
         ["The mayor of the town", "Resident Abdi Hassan"]),
        ("Title\n\nA blast hit.\n\nThe minister says 6 died.\n\nAmnesty International also "
         "says 10 were hurt.", ["The minister", "Amnesty International"]),
        ("Title\n\nA blast hit.\n\nThe mayor of the town says 40 homes burned.",
         ["The mayor of the town"]),
        # ... not by a name without "also", nor one the article gave before
        ("Title\n\nA blast hit.\n\nThe governor of the region says six died.\n\nAbdi Farah "
         "Laqanyo says eight were killed.", ["The governor of the region", "Abdi Farah Laqanyo"]),
        ("Title\n\nAbdi Farah Laqanyo spoke.\n\nThe governor of the region says six died.\n\n"
         "Abdi Farah Laqanyo also says eight were killed.",
         ["The governor of the region", "Abdi Farah Laqanyo"]),
    ],
)  # fmt: skip
def test_a_statement_named_back_and_an_office_named_after_of_session_25(
    text: str, names: list[str]
) -> None:
    assert _claim_names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a title's full stop inside a name after "according to"
        ("Title\n\nA blast hit.\n\nAccording to Dr. Darwish, 650 people attended.",
         ["Dr. Darwish"]),
        ("Title\n\nA blast hit.\n\nDr. Ahmed Darwish opened it. According to Dr. Darwish, 650 "
         "people attended.", ["Ahmed Darwish"]),
        # a study's author, with when it came out between
        ("Title\n\nA blast hit.\n\nOne in 5 children is hurt, according to a new study "
         "released this month by the journal Clinical Pediatrics.", ["Clinical Pediatrics"]),
    ],
)  # fmt: skip
def test_a_title_s_full_stop_and_a_study_released_this_month_by_of_session_25(
    text: str, names: list[str]
) -> None:
    assert _claim_names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a report released on a weekday states that ...: the report's; its agent is no
        # passive's agent across what it states
        ("Title\n\nA blast hit.\n\nA United Nations report released Thursday states that "
         "attacks by the Sudanese military were illegal.\n\nThe attacks left 115 people dead, "
         "according to the report.", ["United Nations report", "United Nations report"]),
        # (a passive's agent still is: "figures released by ...")
        ("Title\n\nA blast hit.\n\nFigures released Monday by the Central Bank showed 4 "
         "percent growth.", ["Central Bank"]),
    ],
)  # fmt: skip
def test_a_report_released_on_a_day_states_of_session_25(text: str, names: list[str]) -> None:
    assert _claim_names(text) == names


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        ("Witnesses said gunmen stormed the base in the town of Lowmoor, 130 kilometers south "
         "of the capital, before dawn.", "130", None),
        ("Police say two bombs exploded in a market in Eastbay, some 100 km (62 miles) north of "
         "the capital.", "100", None),
        ("Ann Roe, the district chief, said the houses belonged to guards at an airstrip that "
         "is 120 kilometers south of the city.", "120", "Ann Roe"),
        ("The Harbour Survey said the quake struck 64 kilometers west of Lowmoor, at a depth "
         "of 10 kilometers.", "64", "The Harbour Survey"),
        ("Officials said 40 people died in Lowmoor, 30 kilometers east of the capital.", "40",
         "Officials"),
    ],
)  # fmt: skip
def test_a_distance_placing_a_town_is_the_story_s_own_of_session_26(
    text: str, words: str, source: str | None
) -> None:
    """A distance set apart by a comma that places a town for the reader is the story's own
    whoever its sentence quotes; not one inside what a speaker said ("an airstrip that is
    ..."), nor where a quake struck (the measuring agency's finding)."""
    assert source_of_words(text, words) == source


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Conflicting reports had earlier stated that 12 people died.", ["Conflicting reports"]),
        ("Initial reports have also said that 40 homes burned.", ["Initial reports"]),
        ("The report states 40 people died in Lowmoor.", ["The report"]),
        # "states" before a list of names stays a verb ("Indian states Punjab, Jammu and
        # Kashmir, ..." was tried as a noun and dropped: it took this one too)
        ("The indictment states Ann Roe, John Lee and Mark Poe took 3 bribes.",
         ["The indictment"]),
        # "reports" before "state television" is the verb
        ("Reuters reports state television showed 12 tanks.", ["Reuters"]),
    ],
)  # fmt: skip
def test_reports_and_states_as_nouns_of_session_26(text: str, names: list[str]) -> None:
    """ "reports" before "had earlier stated" is the noun (the reports say it, not a name
    "Conflicting")."""
    from summarizer.text.sources.attribution import Attribution

    assert [c.name for c in Attribution(text, layout(text)).named] == names


def test_a_name_modifying_a_plural_is_no_antecedent_of_session_26() -> None:
    """A name used before a plural noun ("former Lowmoor Bay detainees") modifies it: "he"
    stands for the person named before, not for it."""
    text = (
        "Ann Roe met officials in Eastbay on Monday.\n\n"
        "Alongside talks on former Lowmoor Bay detainees, he said 40 had been freed."
    )
    assert source_of_words(text, "40") == "Ann Roe"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Harbour relief officials are warning that 40,000 people may need food.",
         "Harbour relief officials"),
        ("The local media are suggesting that 12 crew members survived.", "The local media"),
        ("Ann Roe, who is claiming asylum in 3 countries, left.", None),
    ],
)  # fmt: skip
def test_a_verb_of_saying_in_the_progressive_of_session_26(text: str, source: str | None) -> None:
    """ "are warning that", "are suggesting that": a verb of saying in the progressive, with
    "that" after it (not "is claiming asylum")."""
    number = next(w for w in text.split() if w[0].isdigit())
    assert source_of_words(text, number) == source


def test_a_role_the_model_listed_takes_the_person_s_name_of_session_26() -> None:
    """The model's "British prime minister" for "British prime minister Ann Roe said" is the
    person: the list names her (and only once)."""
    text = (
        "Deal reached\n\nThe deal covers 40 ships. British prime minister Ann Roe said the "
        "deal was an important first step."
    )
    listed, _ = _merged_book(text, ["British prime minister"])
    assert listed == ["British prime minister Ann Roe"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ('"We regret the 40 refusals," said EU commissioner for Harbour Affairs, Ann Roe.',
         "Ann Roe"),
        ('"Casualties have risen to 10,000," said the Secretary-General of the UN, Ban Lee.',
         "Ban Lee"),
        ('"We sent 12 ships," said the envoy, Ana Ruiz.', "Ana Ruiz"),
    ],
)  # fmt: skip
def test_said_an_office_then_the_person_of_session_26(text: str, source: str) -> None:
    """'..., said ROLE, NAME': a commissioner, secretary or envoy named by the office, then
    by the person's name after a comma, is the person."""
    number = next(w.strip('",') for w in text.split() if w.strip('"')[:1].isdigit())
    assert source_of_words(text, number) == source


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The Harbour envoy, Ann Roe, decried the play mocking 2 hostages.", ["Ann Roe"]),
        ("Ana Ruiz hailed the deal as a first step for 40 ports.", ["Ana Ruiz"]),
        ("A train slammed into a stationary freight train, killing 3 people.", []),
    ],
)  # fmt: skip
def test_more_verbs_of_a_stance_of_session_26(text: str, names: list[str]) -> None:
    """ "decried", "hailed the ...", "slammed the ..." take a stance, as "condemned" does (a
    source, who speaks for no number); not "slammed into"."""
    from summarizer.text.sources.attribution import Attribution

    attribution = Attribution(text, layout(text))
    assert [c.name for c in attribution.named] == names
    assert attribution.claims == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Forensic investigators blamed the explosion on a gas leak that hurt 4.",
         ["Forensic investigators"]),
        ("Ann Roe defended the government's record on 40 ports.", ["Ann Roe"]),
        ("Relatives of the passengers complained that 3 flights were late.",
         ["Relatives of the passengers"]),
    ],
)  # fmt: skip
def test_blame_and_defence_are_stances_of_session_26(text: str, names: list[str]) -> None:
    """ "blamed the ...", "defended the ...", "faulted the ...", "complained that ...": a
    stance, whose speaker is a source who speaks for no number (as a verb of saying,
    "complained that" carried its source to the paragraph's next sentence, an actor's)."""
    from summarizer.text.sources.attribution import Attribution

    attribution = Attribution(text, layout(text))
    assert [c.name for c in attribution.named] == names
    assert attribution.claims == []


def test_two_kinds_of_people_who_say_it_together_of_session_26() -> None:
    """ "witnesses and officials said": one claim, both named; the list holds each."""
    text = (
        "Blast in Lowmoor\n\nMore than 20 people were killed Wednesday in Lowmoor, witnesses "
        "and officials said."
    )
    assert source_of_words(text, "20") == "witnesses and officials"
    listed, _ = _merged_book(text, [])
    assert listed == ["witnesses", "officials"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Aid reached 40,000 people in Lowmoor, United Nations humanitarian agencies reported "
         "today.", "United Nations humanitarian agencies"),
        ("Harbour officials made clear that 12 ships would wait.", "Harbour officials"),
        ("The minister made it clear that 3 ports would close.", "The minister"),
    ],
)  # fmt: skip
def test_agencies_and_made_clear_of_session_26(text: str, source: str) -> None:
    """Agencies, like a ministry or ministries, are a role that can speak; "made (it) clear
    that" says it."""
    number = next(w.strip(",") for w in text.split() if w[:1].isdigit())
    assert source_of_words(text, number) == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Ann Roe, the health minister, said 60 people had died. The Harbour government has "
         "allocated 38 million shillings to contain the outbreak.", None),
        # the source acting again is still the source
        ("The Harbour Ministry said 60 people had died. The Harbour Ministry has allocated 38 "
         "million shillings.", "The Harbour Ministry"),
        # a body that says carries nothing away
        ("Ann Roe said 60 people had died. The government reported 38 more cases.",
         "The government"),
    ],
)  # fmt: skip
def test_a_body_that_acts_ends_the_carry_of_session_26(text: str, source: str | None) -> None:
    """A sentence opening on a body that does something ("The Kenyan government has
    allocated KSh38 million") has moved on from the source named before, as one opening on
    another person has."""
    assert source_of_words(text, "38") == source


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        ("The report was released by the Harbour Board, which said 12 ports closed.", "12",
         "the Harbour Board"),
        ("At least 40 died, according to the Lowmoor Observatory for Human Rights (LOHR), which "
         "reported 12 more.", "12", "the Lowmoor Observatory for Human Rights (LOHR)"),
        ("Ships docked at the Harbour Board, which was built 40 years ago.", "40", None),
    ],
)  # fmt: skip
def test_a_body_then_which_said_of_session_26(text: str, words: str, source: str | None) -> None:
    """ "X, which said ...": the body a relative clause of saying follows is the source, as
    "X, who said ..." is for a person."""
    assert source_of_words(text, words) == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Ann Roe hailed the deal, saying 40 ports would reopen.", "Ann Roe"),
        ("The minister defended the plan and said 12 ships would wait.", "The minister"),
        ("Police blamed the crash on ice, adding that 40 cars were involved.", "Police"),
        ("Ann Roe leads the harbour commission.\n\nShe said 40 ports would close.", "Ann Roe"),
        ("John Lee's remarks drew criticism on Monday.\n\nHe said 40 ports would close.",
         "John Lee's"),
        ("Gunmen attacked soldiers and police said 40 rebels died in the clash.", "police"),
        ("Talks between lawmakers and officials said to be close to a deal on 40 ports "
         "stalled.", "officials"),
        ("The missile landed, 2 km north of the border, the ministry said.", "the ministry"),
        ("Rescuers found 12 bodies, 12 east of the river, officials said.", "officials"),
    ],
)  # fmt: skip
def test_the_review_of_session_26(text: str, source: str) -> None:
    """The session's review probes: a stance whose speaker goes on to say something is a
    claim; a person followed by a verb in -s is still a pronoun's antecedent; "and" joins two
    kinds of people only where their phrase opens; a distance is background only after a
    place and with a unit."""
    number = next(w for w in ("40", "12", "2") if w in text.split() or f" {w} " in text)
    assert source_of_words(text, number) == source


def test_an_acronym_is_never_a_title_and_a_name_of_session_26() -> None:
    text = (
        "Saudi Interior Minister Faisal said 40 people were held. The International Monetary "
        "Fund said growth slowed, and the IMF cut its forecast."
    )
    assert acronym_name("IMF", text) == "International Monetary Fund (IMF)"
    assert acronym_name("IMF", "Saudi Interior Minister Faisal said 40 were held.") is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Many in Congress have denounced Ann Roe as a traitor, stating the leak was grave. "
         "Roe was convicted in 2013 of 22 charges.", None),
        # not a surname the article never gave in full
        ("Harbour officials said the storm was grave. Lowmoor was flooded by 22 inches of rain.",
         "Harbour officials"),
    ],
)  # fmt: skip
def test_a_surname_that_acts_ends_the_carry_of_session_26(text: str, source: str | None) -> None:
    """A sentence opening on a person named before in full, by the surname, who does or
    undergoes something ("Manning was convicted in 2013") has moved on from the source."""
    assert source_of_words(text, "22") == source


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        # a demand says what it wants, with its numbers
        ("In a statement on Friday, Ann Roe demanded that the port reopen within 30 days.",
         "30 days", "Ann Roe"),
        ("Ann Roe spoke in Lowmoor. She also demanded a 4,000-person expansion of the police.",
         "4,000", "Ann Roe"),
        ("The Harbour Olympic Committee (HOC) issued the ultimatum that the board must resign "
         "within six days.", "six days", "The Harbour Olympic Committee (HOC)"),
        # ... not a passive's participle, nor an ultimatum nobody is named for
        ("Ann Roe left. Two new rules demanded by the council cost $5 million.", "$5 million",
         None),
        ("An initial 72-hour ultimatum was widely ignored.", "72-hour", None),
    ],
)  # fmt: skip
def test_a_demand_is_the_demander_s_claim_of_session_27(
    text: str, words: str, source: str | None
) -> None:
    """ "X demanded ...", "X issued the ultimatum that ...": what a body or a person demands,
    with its numbers, is theirs, as what they say or appeal for is."""
    assert source_of_words(text, words) == source


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        ("Harbour agencies and other aid organizations have already appealed for more than "
         "$36 million.", "$36 million", "Harbour agencies"),
        ("Harbour Nations aid agencies and their partners in Lowmoor today appealed for nearly "
         "$14.5 million.", "$14.5 million", "Harbour Nations aid agencies"),
    ],
)  # fmt: skip
def test_agencies_appealing_together_of_session_27(text: str, words: str, source: str) -> None:
    """Bodies named by a name and their kind ("UN agencies", "UN aid agencies"), with other
    organisations or their partners, appeal as one body does: the appeal's numbers are
    theirs."""
    assert source_of_words(text, words) == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Ann Roe, a city councillor, visited the hospital. She addressed Mayor John Poe with "
         "a list of demands. She said the surgery had required three hours.", "Ann Roe"),
        # (an opening conjunction is no part of the name)
        ("After Ms Roe visited the hospital, she addressed Mayor John Poe with a list of "
         "demands. She said the surgery had required three hours.", "Ms Roe"),
        # (with no one named before, the object is the one left)
        ("The minister thanked Ann Roe on Monday. She said the surgery had required three "
         "hours.", "Ann Roe"),
    ],
)  # fmt: skip
def test_a_name_after_a_verb_is_its_object_no_antecedent_of_session_27(
    text: str, source: str | None
) -> None:
    """A person named right after a verb ("She addressed Mayor John Poe") is its object: a
    pronoun after it stands for the subject named before, not for them."""
    assert source_of_words(text, "three hours") == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Ann Roe said the Lowmoor plan would cost $40 million.\n\nThis week, the council also "
         "approved 12 new schools.", None),
        ("Ann Roe said the Lowmoor plan would cost $40 million.\n\nThis settlement is the 12th "
         "of its kind.", None),
        # "This" a pronoun still refers back
        ("Ann Roe said the Lowmoor plan would cost $40 million.\n\nThis compares with 12 "
         "million last year.", "Ann Roe"),
    ],
)  # fmt: skip
def test_this_opening_on_something_new_refers_back_to_nothing_of_session_27(
    text: str, source: str | None
) -> None:
    """A paragraph opening on "This" as a determiner ("This week", "This settlement") opens
    on something new; as a pronoun ("This compares with") it refers back to the paragraph
    before, whose source it takes."""
    assert source_of_words(text, "12") == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Harbour officials said 40 people died in the flood. Meanwhile, 12 bridges were "
         "closed in Eastbay.", None),
        ("Harbour officials said 40 people died in the flood. Earlier, on Monday, 12 bridges "
         "were closed in Eastbay.", None),
        ("Harbour officials said 40 people died in the flood. At least 12 bridges were closed "
         "in Eastbay.", "Harbour officials"),
    ],
)  # fmt: skip
def test_a_turn_of_the_story_ends_the_carry_of_session_27(text: str, source: str | None) -> None:
    """A sentence opening on "Meanwhile," or "Earlier," turns to another matter: the source
    named before it no longer carries."""
    assert source_of_words(text, "12") == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Harbour Geological Survey said the quake measured 6.1. Twelve people died in "
         "Lowmoor.", None),
        ("The Eastbay Seismological Bureau said the quake measured 6.1. Twelve houses were "
         "damaged.", None),
        # its own measures still carry
        ("The Harbour Geological Survey said the quake measured 6.1. Twelve aftershocks "
         "followed.", "The Harbour Geological Survey"),
    ],
)  # fmt: skip
def test_a_quake_s_measurer_does_not_count_the_dead_of_session_27(
    text: str, source: str | None
) -> None:
    """A body that measures earthquakes speaks for the quake, not for the dead or the damage
    the next sentence counts."""
    assert source_of_words(text, "Twelve") == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The report said 40 people fled. The HRA works in 99 countries.", None),
        ("An official said 20 people died in the camp. The camp in Lowmoor, Eastbay State is "
         "home to 99 families.", None),
        ("The Justice Department said Lowmoor Care will pay $5 million. The payment covers 99 "
         "false claims.", "The Justice Department"),
    ],
)  # fmt: skip
def test_a_place_or_body_described_is_the_reporter_s_of_session_27(
    text: str, source: str | None
) -> None:
    """A sentence describing a place or a body in the present ("operates", "is home to") is
    the reporter's background, whoever the sentence before it quotes."""
    assert source_of_words(text, "99") == source


def test_a_body_criticized_ends_the_carry_of_session_27() -> None:
    """A body that undergoes something ("has also been criticized") is a subject that has
    moved the story on from the source named before, as one that acts is."""
    text = (
        "Analysts said the vote was marred by low turnout. The Lowmoor government has also "
        "been criticized for closing 12 radio stations."
    )
    assert source_of_words(text, "12") is None


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        ("Officials said the line was cut by heavy rains, which killed over 100 people this "
         "week.", "100", None),
        # (a restrictive clause is part of what is said)
        ("Officials say the classes were cancelled after the earthquake which left 81 people "
         "dead.", "81", "Officials"),
        ("The party would win 44 seats, short of the 55 needed for an absolute majority, the "
         "Harbour Survey said.", "55", None),
        ("The party would win 44 seats, short of the 55 needed for an absolute majority, the "
         "Harbour Survey said.", "44", "the Harbour Survey"),
        ("Ann Roe said no one was ahead. A candidate must receive more than 50 percent of the "
         "vote to be declared a winner.", "50", None),
    ],
)  # fmt: skip
def test_background_told_in_passing_of_session_27(
    text: str, words: str, source: str | None
) -> None:
    """An earlier disaster's toll in a relative clause set apart by a comma, and what a vote
    needs to be won, are the story's background whoever the sentence quotes."""
    assert source_of_words(text, words) == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # what the report is about stays in its name
        ("A report by the Harbour Board on port safety stated that 12 ships sank last year.",
         "report by the Harbour Board on port safety"),
        # an inquiry by a body is its author's, with "has" before the verb
        ("An investigation by the Lowmoor Courier has revealed that 12 ships sank last year.",
         "investigation by the Lowmoor Courier"),
        # "on" a day is when it came out, not what it is about
        ("A report by the Harbour Board on Thursday said that 12 ships sank last year.",
         "report by the Harbour Board"),
    ],
)  # fmt: skip
def test_a_report_or_inquiry_with_its_author_finds_of_session_27(text: str, source: str) -> None:
    """A report or an inquiry by its author is the subject of a verb of finding ("A report by
    the WHO on tobacco use stated that", "An investigation by the BBC has revealed that"):
    the document, named with its author and what it is about."""
    assert source_of_words(text, "12") == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Lowmoor Crime Records Bureau 2016 statistics list 12,000 thefts, a rise of 8 percent.",
         "Lowmoor Crime Records Bureau"),
        ("Harbour Labour Department figures showed that 12,000 jobs were lost in May.",
         "Harbour Labour Department"),
        # no body named: the figures themselves (as released figures, below)
        ("New figures show that 12,000 jobs were lost in May.", "New figures"),
    ],
)  # fmt: skip
def test_a_body_s_figures_named_by_the_body_of_session_27(text: str, source: str | None) -> None:
    """A body's own numbers named by the body just before them ("National Crime Records Bureau
    2016 statistics list", "Labor Department figures showed") are the body's."""
    assert source_of_words(text, "12,000") == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The official record reveals that up to 12,000 people disappeared in those years.",
         "official record"),
        ("Official records show that 12,000 people disappeared in those years.",
         "Official records"),
    ],
)  # fmt: skip
def test_the_official_record_shows_of_session_27(text: str, source: str) -> None:
    """The official record, as the subject of a verb of showing, speaks for its numbers (as
    "official figures show"), when no statistics body is named after it."""
    assert source_of_words(text, "12,000") == source


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        # how long the study ran: the story's description of it
        ("An eight year study, published in the Lowmoor Journal, claims that 40 percent of "
         "the wells were dry.", "eight year", None),
        # ... and what it found, the study's
        ("An eight year study, published in the Lowmoor Journal, claims that 40 percent of "
         "the wells were dry.", "40 percent", "An eight year study"),
        # (a subject that says something itself is no description: the report's)
        ("The report said 40 people died and rescuers found 12 more bodies.", "40 people",
         "The report"),
        ("The UN report put the toll at 40 and estimated that 12 more were missing.", "40",
         "The UN report"),
    ],
)  # fmt: skip
def test_what_a_study_s_subject_says_of_it_is_the_story_s_of_session_27(
    text: str, words: str, source: str | None
) -> None:
    """What the subject of a study's verb of finding says of the study itself (how long it
    ran, whom it covered: "An eight year study, published in Nature, claims") describes it,
    in the story's own words; its findings after the verb are the study's."""
    assert source_of_words(text, words) == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("The Harbour Trade Office is reporting a drop of 4 percent in exports.", "4",
         "The Harbour Trade Office"),
        ("Lowmoor news outlets are also reporting 12 arrests.", "12", "Lowmoor news outlets"),
        # an undotted acronym's full stop ends its sentence
        ("All were staff at LMU. Lowmoor news outlets are also reporting names of 4 victims.",
         "4", "Lowmoor news outlets"),
        ("Ann Roe is reporting to the minister on 3 sites.", "3", None),
    ],
)  # fmt: skip
def test_reporting_in_the_progressive_of_session_27(
    text: str, number: str, source: str | None
) -> None:
    """ "is reporting a drop", "are also reporting 12 arrests": a verb of reporting in the
    progressive, with what it reports (not "reporting to the minister"); news outlets are
    a role."""
    assert source_of_words(text, number) == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Harbour officials estimate damages at 40 million dollars.", "Harbour officials"),
        ("The indictments allege bribes of 12 million dollars.", "The indictments"),
        ("A rough estimate of 40 homes was given.", None),
    ],
)  # fmt: skip
def test_a_plural_subject_s_present_with_its_object_of_session_27(
    text: str, source: str | None
) -> None:
    """ "officials estimate damages at ...", "The indictments allege bribes of ...": a plural
    subject's present of "estimate" or "allege" says what follows, "that" or no "that" (not
    the noun: "A rough estimate of")."""
    number = next(w for w in text.split() if w[0].isdigit())
    assert source_of_words(text, number) == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("Figures to be published today show a record 40,000 arrivals last year.", "40,000",
         "Figures"),
        ("Trade slowed in March; however figures issued on Thursday showed that 12 ports "
         "closed.", "12", "figures"),
        ("The official record reveals that up to 3,000 people disappeared.", "3,000",
         "official record"),
        # the body that reported just before releases them; they speak for their sentence only
        ("The Harbour Trade Office reports that exports fell 2 percent.\n\nRevised figures show "
         "that exports rose 4 percent in May. The rise was the biggest in 3 years.", "4",
         "The Harbour Trade Office"),
        ("The Harbour Trade Office reports that exports fell 2 percent.\n\nRevised figures show "
         "that exports rose 4 percent in May. The rise was the biggest in 3 years.", "3", None),
    ],
)  # fmt: skip
def test_released_figures_show_of_session_27(text: str, number: str, source: str | None) -> None:
    """ "Figures to be published today show", "figures issued on Thursday showed", "The
    official record reveals": the figures as named (not their release), or the body named
    next, else the one that reported just before; for their own sentence only."""
    assert source_of_words(text, number) == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("LPC only conceded that 3 reactors had melted.", "LPC"),
        ("The utility reportedly conceded that 40 homes lost power.", "The utility"),
    ],
)  # fmt: skip
def test_an_adverb_between_the_speaker_and_the_verb_of_session_27(text: str, source: str) -> None:
    """ "X only conceded", "X officially announced": an adverb between the speaker and the
    verb of saying is no part of the name."""
    number = next(w for w in text.split() if w[0].isdigit())
    assert source_of_words(text, number) == source


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        ("A survey by the Harbour Times asked 900 residents about crime. Two-thirds said they "
         "felt unsafe at night.", "Two-thirds", "Harbour Times"),
        ("A survey by the Harbour Times asked 900 residents about crime. Half said 3 streets "
         "were dark.", "3", "Harbour Times"),
    ],
)  # fmt: skip
def test_a_share_of_those_asked_is_no_speaker_of_session_27(
    text: str, words: str, source: str
) -> None:
    """ "Two-thirds said they felt ...", "A majority said": a share of those asked, no
    speaker; the poll states it."""
    from summarizer.text.sources.attribution import Attribution

    assert source_of_words(text, words) == source
    names = [c.name for c in Attribution(text, layout(text)).named]
    assert "Two-thirds" not in names and "Half" not in names


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("A survey conducted for the Harbour Times found 41 percent backed the plan.\n\n"
         "Fifteen percent felt it went too far.", "Fifteen"),
        ("A survey conducted for the Harbour Times found 41 percent backed the plan.\n\n"
         "A total of 74 percent had a negative opinion of the council.", "74 percent"),
        ("A survey conducted for the Harbour Times found 41 percent backed the plan.\n\n"
         "Only 18 percent held a favorable view of the mayor.", "18 percent"),
    ],
)  # fmt: skip
def test_a_poll_s_answers_in_words_and_views_of_session_27(text: str, words: str) -> None:
    """A poll's answers, paragraphs later, are the poll's: a share written in words
    ("Fifteen percent felt"), and a view or an opinion held ("74 percent had a negative
    opinion")."""
    assert source_of_words(text, words) == "Harbour Times"


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        ("A poll by Panelwise showed the Greens ahead; a similar survey by Civica for the "
         "Harbour Times showed them 4 points ahead. This latter poll was mixed for the party "
         "as it showed only 25% of voters trusted its leader while 37% preferred Ann Roe.",
         "37%", "Civica for the Harbour Times"),
        ("A poll conducted in Lowmoor by the Harbour Times found 36 percent backed the plan. "
         "This Lowmoor poll also found that only 18 percent trusted the mayor.", "18",
         "Harbour Times"),
    ],
)  # fmt: skip
def test_a_poll_named_back_by_a_demonstrative_of_session_27(
    text: str, words: str, source: str
) -> None:
    """ "This latter poll ... showed", "This Lowmoor poll also found": the poll named last
    before it (conducted by whoever it was, wherever: "a poll conducted in Lowmoor by ..."),
    a claim of the sentence (a person it names, "preferred Ann Roe", is no source there)."""
    from summarizer.text.sources.attribution import Attribution

    assert source_of_words(text, words) == source
    again = text.index("This ")
    named = Attribution(text, layout(text)).named
    assert [c.name for c in named if c.start >= again] == [source]


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        ("The Harbour Times poll shows Ann Roe with a 21-20 percent lead over Ben Cole.\n\n"
         "Ana Ruiz and Tom Lee are tied at 11 percent, followed by Mark Poe (7 percent).",
         "11 percent", "Harbour Times poll"),
        # (not a speaker who only mentions polls)
        ("Ann Roe, who trails in the polls, said inflation hit 9 percent.\n\nInterest rates "
         "stand at 5 percent.", "5 percent", None),
        # (not a change after a poll's paragraph, nor after one that gives no poll's numbers)
        ("The Harbour Times poll shows Ann Roe with 21 percent.\n\nRents rose 7 percent last "
         "year.", "7 percent", None),
        ("The ministry said exports rose 4 percent.\n\nRents rose 7 percent last year.",
         "7 percent", None),
    ],
)  # fmt: skip
def test_a_poll_s_further_shares_in_the_next_paragraph_of_session_27(
    text: str, words: str, source: str | None
) -> None:
    """A paragraph naming no one that gives more shares right after a poll's paragraph goes
    on with the poll's numbers."""
    assert source_of_words(text, words) == source


def test_a_share_of_those_surveyed_is_the_survey_s_of_session_27() -> None:
    """ "Over 90% of those surveyed": the survey named last, whoever spoke since."""
    text = (
        "A survey by the Harbour Times found 41 percent backed the plan.\n\n"
        "The mayor said 3 schools would close.\n\n"
        "The council has not replied. Over 90% of those surveyed wanted an "
        "inquiry."
    )
    assert source_of_words(text, "Over 90%") == "Harbour Times"


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        # a toll in a relative clause is background only when dated as earlier
        ("Police said the blast, which killed 12 people, was caused by a gas leak.", "12 people",
         "Police"),
        ("Officials said the plant was damaged in the quake last month, which left thousands "
         "dead.", "thousands", None),
        # money demanded is a crime's, not a claim
        ("Prosecutors said Roe demanded $40,000 in bribes from 12 contractors.", "$40,000",
         "Prosecutors"),
        # an adjective in -ed makes no object; a pronoun's verb makes one only for that pronoun
        ("Police said the fire started at noon. On Monday, embattled President Ann Roe toured "
         "the site. She said 40 homes were destroyed.", "40 homes", "President Ann Roe"),
        ("Tom Lee said the fire started at noon. He then introduced Ann Roe to the crowd. She "
         "said 40 homes were destroyed.", "40 homes", "Ann Roe"),
        ("The ministry said 12 people died. The report quoted Ann Roe at length. She said 40 "
         "homes were destroyed.", "40 homes", "Ann Roe"),
        # "This" with an irregular past still refers back; "This process" does not
        ("The ministry said 40 people died on Monday.\n\nThis brought the toll this week to "
         "112.", "112", "The ministry"),
        ("The ministry said 40 people died on Monday.\n\nThis process took 12 days.",
         "12 days", None),
        # a day-first date is no topic of a report
        ("A report by the Harbour Board on 3 March said that 12 ships sank.", "12 ships",
         "report by the Harbour Board"),
        # "This estimate" is a noun, not a plural's verb
        ("The World Bank spoke on Monday.\n\nThis estimate puts the cost at $12 million.",
         "$12 million", "This estimate"),
        # a quake's measurer still states its own estimate of the dead
        ("The U.S. Geological Survey said the quake measured 6.1. Its PAGER system estimated "
         "12 deaths were likely.", "12 deaths", "The U.S. Geological Survey"),
        # "This study" is a study named within two paragraphs, of the same noun
        ("A poll by Panelwise showed the Greens ahead.\n\nThe ministry said 40 people died."
         "\n\nThe farm board met.\n\nThis study found 12 percent of wells were dry.",
         "12 percent", "This study"),
    ],
)  # fmt: skip
def test_review_of_session_27(text: str, words: str, source: str | None) -> None:
    """The review's cases of the session-27 rules, each a sentence a rule first got wrong."""
    assert source_of_words(text, words) == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Harbour agencies report that more than 200 homes were destroyed.", "Harbour agencies"),
        ("Palestinian medical officials report that 30 people died.",
         "Palestinian medical officials"),
        # (a noun, not a verb: no one)
        ("The annual report that showed 40 homes were lost was late.", None),
        ("The news report that 40 homes were lost was wrong.", None),
    ],
)  # fmt: skip
def test_a_plural_s_report_that_of_session_27(text: str, source: str | None) -> None:
    """ "UN agencies report that ...": after a plural, "report that" is a verb of saying."""
    number = next(w for w in text.split() if w[0].isdigit())
    assert source_of_words(text, number) == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Harbour Gas Board reports that Eastbay has a three-month reserve. Currently, 12 "
         "percent of its gas is produced locally.", None),
        ("Lowmoor officials said 40 people caught the flu. At present, 12 cases are known in "
         "Eastbay.", None),
        # (with no opening on the present, the source carries)
        ("The Harbour Gas Board reports that Eastbay has a three-month reserve. About 12 "
         "percent of its gas is produced locally.", "The Harbour Gas Board"),
    ],
)  # fmt: skip
def test_a_turn_to_the_state_of_things_now_ends_the_carry_of_session_28(
    text: str, source: str | None
) -> None:
    """A sentence opening on "Currently," or "At present," turns to the state of things now,
    in the reporter's voice: the source named before it no longer carries."""
    assert source_of_words(text, "12") == source


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        ("The UN Harbour Relief Fund (UNHRF) has sent 4,000 tents to Lowmoor.", "4,000",
         "The UN Harbour Relief Fund (UNHRF)"),
        ("Thus far, WFP is supplying almost 300 tons of rice to Eastbay.", "300", "WFP"),
        ("The UN Harbour Relief Fund (UNHRF) and its local partners have already distributed "
         "three tons of flour.", "three", "The UN Harbour Relief Fund (UNHRF)"),
        ("The UN Harbour Relief Fund (UNHRF) is providing tents to families in Lowmoor.\n\n"
         "In addition, the agency has distributed blankets to some 2,000 households.", "2,000",
         "The UN Harbour Relief Fund"),
        # (not another body's spending, not a past event the reporter tells, not a plan)
        ("The Harbour Congress has provided $650 million for the dam.", "$650 million", None),
        ("The UN mission in Lowmoor sent 45 teams to the provinces.", "45", None),
        ("The UN Harbour Relief Fund (UNHRF) plans to provide 60,000 kits this year.", "60,000",
         None),
        # (reported by someone else: theirs)
        ("Ann Roe said WFP has sent 40 trucks.", "40", "Ann Roe"),
        # (the number in its own clause: not one after "while")
        ("The UN Harbour Relief Fund (UNHRF) is sending support while supplying five trucks.",
         "five", None),
    ],
)  # fmt: skip
def test_a_un_body_s_own_deliveries_are_its_claim_of_session_28(
    text: str, words: str, source: str | None
) -> None:
    """A United Nations body's report of what it has provided or is providing ("WFP has
    provided 22 tons of food", "UNICEF is providing medicines for 9,000 people") is its own
    claim, with the numbers delivered."""
    assert source_of_words(text, words) == source


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        ("The Lowmoor restoration plan requires the repair of four ponds.", "four",
         "The Lowmoor restoration plan"),
        ("The 2024 Harbour Response Plan (HRP) requires US$2.1 billion to assist 9 million "
         "people.", "9 million", "The 2024 Harbour Response Plan (HRP)"),
        # (for its own sentence only: what follows is the reporter's)
        ("The 2024 Harbour Response Plan (HRP) requires US$2.1 billion to assist 9 million "
         "people. As of today, the operation is only 21 per cent funded.", "21", None),
        # (not a party the plan binds: the deal's terms, told)
        ("The compliance plan also requires Harbour Foods to track sales in its 4,900 stores.",
         "4,900", None),
        # a decree states what it says, as an agreement does
        ("Ann Roe resigned.\n\nThe presidential decree also stated that 89 civilians were "
         "killed.", "89", "The presidential decree"),
    ],
)  # fmt: skip
def test_a_plan_requiring_and_a_decree_stating_of_session_28(
    text: str, words: str, source: str | None
) -> None:
    """A sentence opening on a plan or a deal that requires something gives the document's
    own terms, for that sentence ("The site restoration plan requires restoration of one
    stream"); a decree that states is a source, as an agreement or an indictment is."""
    assert source_of_words(text, words) == source


@pytest.mark.parametrize(
    ("text", "word", "source"),
    [
        # a speaker's sentence stays the speaker's
        ("WFP has delivered 22 tons of food, a government spokesman said.", "22", "the government"),
        ("The plan requires 300 new homes, Ann Roe said.", "300", "Ann Roe"),
        # a delivery speaks for its own sentence only, and not for a number before the body
        ("WFP has delivered 22 tons of food. Fighting in the area has killed 300 civilians.",
         "300", None),
        ("China has sent 400 tents and the UN has provided 200 more.", "400", None),
        # a UN body alone: not a country with it, nor an agency no UN body was named before
        ("Britain and the UN have provided 400 tents.", "400", None),
        ("The agency has sent 40 inspectors to the plant.", "40", None),
        # (a number in another clause, after "while", is not the delivery's)
        ("WFP plans one-month rations, while the UN Population Fund (UNFPA) has sent 3,000 "
         "hygiene kits.", "3,000", "the UN Population Fund (UNFPA)"),
    ],
)  # fmt: skip
def test_review_of_session_28(text: str, word: str, source: str | None) -> None:
    """Deliveries and plans (the review of session 28): a speaker, a later sentence, a number
    before the body, a joint subject."""
    assert source_of_words(text, word) == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Rain fell on Monday.\n\nAccording to the Lowmoor mayor, Ann Roe, 40 homes were "
         "flooded.", "Ann Roe"),
        ("Rain fell on Monday.\n\n40 homes were flooded, according to the harbour board's "
         "chief executive, Ben Cole.", "Ben Cole"),
        # (a body's name after a body is no person who holds a role)
        ("Rain fell on Monday.\n\nAccording to the ministry, 40 homes were flooded.",
         "the ministry"),
    ],
)  # fmt: skip
def test_according_to_a_role_then_its_holder_of_session_28(text: str, source: str) -> None:
    """ "According to the city's mayor, Ann Lee, ...": the role one person holds, then the
    person's name between commas, is that person, as "said the minister, Ana Jorge" is."""
    assert source_of_words(text, "40") == source


@pytest.mark.parametrize(
    ("text", "name", "full"),
    [
        # the airline of an airline story
        ("Harbour Airlines cancelled 12 flights. The airline said 300 passengers waited.",
         "The airline", "Harbour Airlines"),
        # a shortened name opening its sentence, the longer one without its article
        ("A Lowmoor Red Cross spokesman, Ann Roe, spoke. The Red Cross says 40 died.",
         "The Red Cross", "Lowmoor Red Cross"),
        # (not two names joined: "The Republicans" are not "Cole and Senate Republicans")
        ("It was opposed by Cole and Senate Republicans. The Republicans conceded.",
         "The Republicans", "The Republicans"),
        # a centre, spelled either way
        ("The Harbour Tsunami Warning Center issued an alert. The centre said waves of two "
         "metres were possible.", "The centre", "The Harbour Tsunami Warning Center"),
        # a person by a title of several words and the surname
        ("Twelve were charged, according to prosecutor Josh Ruiz, the U.S. Attorney for the "
         "district. According to U.S. Attorney Ruiz, the letter was the suspect's.",
         "U.S. Attorney Ruiz", "Josh Ruiz"),
    ],
)  # fmt: skip
def test_second_references_of_session_28(text: str, name: str, full: str) -> None:
    """A second reference is the source named before: "the airline" the airline the story is
    about, "The Red Cross" (a sentence's opening "The" too) the longer name it ends, "the
    centre" a "... Center", "U.S. Attorney Bash" the "Josh Bash" named before."""
    at = text.index(name)
    assert resolve_reference(name, text, at, []) == full


def test_a_headline_s_un_description_is_the_un_body_of_session_28() -> None:
    """A headline names the United Nations in short ("..., UN refugee agency says", "UN says
    ..."); the story names the body in full: one source, by its full name."""
    from summarizer.brief.schema import BriefWarning
    from summarizer.llm.responses import SourceLabel, SourceLabels
    from summarizer.llm.strategies.sourcing import SourceBook
    from summarizer.text.sentences import sentences

    text = (
        "Fewer people leave Lowmoor, UN refugee agency says\n\n"
        "The UN High Commissioner for Refugees (UNHCR) said 250 refugees went home this "
        "week.\n\nThe Harbour Red Cross said 40 more were waiting."
    )
    lay = layout(text)
    book = SourceBook(text, lay, sentences(text, lay))
    warnings: list[BriefWarning] = []
    names = ["UN refugee agency", "UN High Commissioner for Refugees (UNHCR)"]
    book.add_labels(SourceLabels(sources=[SourceLabel(name=n, kind="other") for n in names]),
                    warnings)  # fmt: skip
    book.add_claims()
    book.merge_short_forms()
    assert [s.name for s in book.sources] == [
        "UN High Commissioner for Refugees (UNHCR)",
        "The Harbour Red Cross",
    ]


@pytest.mark.parametrize(
    ("text", "names", "kept"),
    [
        ("Headline of the day\n\nThe quake was centred near Lowmoor Island, a \"paradise\" "
         "for divers.", ["Lowmoor Island"], []),
        ("Headline of the day\n\nThe quake struck 40 km off Lowmoor Island, a \"paradise\" "
         "for divers.", ["Lowmoor Island"], []),
    ],
)  # fmt: skip
def test_a_place_near_or_off_is_no_source_of_session_28(
    text: str, names: list[str], kept: list[str]
) -> None:
    """A place named as where ("near Bohol Island", "off the coast of ...") is no source, as a
    place "in" somewhere is not."""
    assert _kept_sources(text, names)[0] == kept


@pytest.mark.parametrize(
    ("text", "word", "source"),
    [
        # a delivery or a plan does not speak for another clause's numbers
        ("The United Nations has sent 40 trucks of aid to Gaza, where 2 million people live.",
         "2", None),
        ("The plan requires $4 billion, but donors have pledged only $1 billion.", "$1", None),
        # (the same body's next clause stays its)
        ("WFP has distributed 30 tons of rice and plans to give out 22 tons of beans.", "22",
         "WFP"),
        # "the airline" is the nearest airline, not the story's first company
        ("Harbour Bank lent $40 million to Lowmoor Airways. The airline said 300 passengers "
         "waited.", "300", "Lowmoor Airways"),
        # "according to the ROLE, NAME" only for a person's name
        ("According to the secretary, General Motors, has cut 40 jobs.", "40", "the secretary"),
    ],
)  # fmt: skip
def test_second_review_of_session_28(text: str, word: str, source: str | None) -> None:
    assert source_of_words(text, word) == source
