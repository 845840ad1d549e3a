// Indirect attribution alone: reported speech, and the quoted words inside a sentence no cue took.
#include "passfixture.h"

#include <QTest>

class TestIndirectAttribution : public QObject
{
    Q_OBJECT

private slots:
    void shouldAttributeReportedSpeech_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("quotes"); // "Speaker|reported words"

        QTest::newRow("said that after a time phrase")
            << QStringLiteral("Valmore Energy said on Tuesday that profits fell.")
            << QStringList {QStringLiteral("Valmore Energy|profits fell")};
        QTest::newRow("a second verb after but and a time phrase shares the subject")
            << QStringLiteral("Dana Pell has been critical of the mayor but on Tuesday wrote that she agreed with him.")
            << QStringList {QStringLiteral("Dana Pell|she agreed with him")};
        QTest::newRow("a second verb after but, an auxiliary and since shares the subject")
            << QStringLiteral("Dana Pell has backed the ferry, but has since said she now doubts the plan.")
            << QStringList {QStringLiteral("Dana Pell|she now doubts the plan")};
        QTest::newRow("an infinitive completing a verb speaks for that verb's subject") << QStringLiteral(
            "A senator filed a new bill, as Kestrel Democrats continue to warn that the deal was a "
            "mistake.") << QStringList {QStringLiteral("Kestrel Democrats|the deal was a mistake")};
        QTest::newRow("an -ing cue completing the verb of a main clause after a subordinate one")
            << QStringLiteral("When Ana Ortiz spoke, Luis Lund kept saying that the plan was dead.")
            << QStringList {QStringLiteral("Luis Lund|the plan was dead")};
        QTest::newRow("an -ing cue after a few words and a preposition speaks for the main clause's name")
            << QStringLiteral("Two weeks after announcing her bid for the seat, Ana Varga still doubts it.")
            << QStringList {QStringLiteral("Ana Varga|her bid for the seat")};
        QTest::newRow("an -ing cue after a multiword preposition speaks for the main clause's name")
            << QStringLiteral("In addition to stating that the port is safe, Ana Ortiz has opened a new pier.")
            << QStringList {QStringLiteral("Ana Ortiz|the port is safe")};
        QTest::newRow("a named organisation after the article opening the sentence speaks past a long aside")
            << QStringLiteral("The Kestrel Group, in an effort to help workers that has drawn criticism from "
                              "business groups, has said it would act.")
            << QStringList {QStringLiteral("Kestrel Group|it would act")};
        QTest::newRow("a name owning the noun that opens the sentence does not speak for it")
            << QStringLiteral(
                   "The Harbour Board's top adviser went further, arguing the plan could make the port worse.")
            << QStringList {QStringLiteral("-|the plan could make the port worse")};
        QTest::newRow("a quotation before a work noun is a title, not quoted words") << QStringLiteral(
            "By 9 a.m. Sunday, Ana Ortiz began taking calls from listeners to her \"Harbour "
            "Hour\" radio program.") << QStringList {};
        QTest::newRow("police never refer back to an organisation of unknown kind")
            << QStringLiteral("The KTX said on Monday that it would strike the port. Police said the port was closed.")
            << QStringList {
                   QStringLiteral("KTX|it would strike the port"), QStringLiteral("Police|the port was closed")};
        QTest::newRow("an -ing cue in a relative clause reports nothing inverted")
            << QStringLiteral("Tomas Varga, a port planner who is now advising the board, said the plan was dead.")
            << QStringList {QStringLiteral("Tomas Varga|the plan was dead")};
        QTest::newRow("an unnamed source after an opening clause led by a subordinator")
            << QStringLiteral("Although the talks stalled, several harbour pilots who spoke anonymously said the ferry "
                              "would run.")
            << QStringList {QStringLiteral("Several harbour pilots|the ferry would run")};
        QTest::newRow("a source joining two names with a slash after a possessive is named as written")
            << QStringLiteral("According to July's Harbour Post/Kestrel News polling, more than half of the riders are "
                              "women.")
            << QStringList {QStringLiteral("July's Harbour Post/Kestrel News polling|more than half of the riders are "
                                           "women")};
        QTest::newRow("a participle after a comma speaks for the subject opening the main clause")
            << QStringLiteral("Harbour manager Tomas Rivera rejected the idea that the ferry would be a drag on the "
                              "Kestrel Party ticket, saying the crowds were huge.")
            << QStringList {QStringLiteral("Tomas Rivera|the crowds were huge")};
        QTest::newRow("a participle after a comma passes over an opening place phrase")
            << QStringLiteral("In Valmore, Ana Ortiz lashed out at the Kestrel Party nominee, telling Rivera that "
                              "words matter.")
            << QStringList {QStringLiteral("Ana Ortiz|words matter")};
        QTest::newRow("a participle after a medium named after on speaks for the subject")
            << QStringLiteral("Ana Ortiz posted a message on Harbour Radio saying that the boats will return.")
            << QStringList {QStringLiteral("Ana Ortiz|the boats will return")};
        QTest::newRow("a progressive verb after a place named after in keeps its own subject")
            << QStringLiteral("A lawmaker in Dunmore is saying that the boats will return.")
            << QStringList {QStringLiteral("Lawmaker in Dunmore|the boats will return")};
        QTest::newRow("a participle after the main clause of a role introduced nowhere speaks as described")
            << QStringLiteral("The top adviser on the ferry campaign went further, arguing the plan could make the "
                              "queues worse.")
            << QStringList {QStringLiteral("Top adviser|the plan could make the queues worse")};
        QTest::newRow("the words before a speaker and a cue followed by a long adverbial clause")
            << QStringLiteral("This is not about me, Ana Ortiz told her advisers as she worked on one of the last "
                              "speeches of her long career.")
            << QStringList {QStringLiteral("Ana Ortiz|This is not about me")};
        QTest::newRow("a share of a group after while speaks as described")
            << QStringLiteral("Only 52 percent of captains said the ferry was safe, while 73 percent said the same of "
                              "the bridge.")
            << QStringList {QStringLiteral("Only 52 percent of captains|the ferry was safe"),
                   QStringLiteral("73 percent|the same of the bridge")};
        QTest::newRow("an unnamed source before a relative clause between commas speaks as described")
            << QStringLiteral("One attendee, who like others spoke on condition of anonymity, said the race was long.")
            << QStringList {QStringLiteral("One attendee|the race was long")};
        QTest::newRow("a name before a relative clause with commas of its own")
            << QStringLiteral("Ana Ortiz, who lost her boat in Dunmore, Maine, in July 2012, said the port was unsafe.")
            << QStringList {QStringLiteral("Ana Ortiz|the port was unsafe")};
        QTest::newRow("the verb after a relative clause between dashes reports for the name before them")
            << QStringLiteral("Ana Ortiz - who said she would close the port - said at a rally that the gates would "
                              "shut.")
            << QStringList {QStringLiteral("Ana Ortiz|she would close the port"),
                   QStringLiteral("Ana Ortiz|the gates would shut")};
        QTest::newRow("a report closing the sentence holds a participle cue before it")
            << QStringLiteral(
                   "Port staff were closing the gates and urging drivers to stay away, Harbour Radio reported.")
            << QStringList {
                   QStringLiteral("Harbour Radio|Port staff were closing the gates and urging drivers to stay away")};
        QTest::newRow("a plural noun that is a weak verb's -s form reports nothing")
            << QStringLiteral("Governors in more than two dozen states balked at the plan.") << QStringList {};
        QTest::newRow("a weak verb's -s form as the object of a verb reports nothing")
            << QStringLiteral("Ana Ortiz would give states broad freedom to spend the money.") << QStringList {};
        QTest::newRow("a weak verb's -s form before that reports")
            << QStringLiteral("Ana Ortiz states that boats must stop at night.")
            << QStringList {QStringLiteral("Ana Ortiz|boats must stop at night")};
        QTest::newRow("the past form of a verb whose base is often a noun takes an object")
            << QStringLiteral("Ana Ortiz has publicly stated her interest in the seat.")
            << QStringList {QStringLiteral("Ana Ortiz|her interest in the seat")};
        QTest::newRow("a comparison before a share stays in the group's name")
            << QStringLiteral("More than half said the ferry was late.")
            << QStringList {QStringLiteral("More than half|the ferry was late")};
        QTest::newRow("a comparison before a number stays in the group's name")
            << QStringLiteral("Fewer than 40 percent said the ferry was late.")
            << QStringList {QStringLiteral("Fewer than 40 percent|the ferry was late")};
        QTest::newRow("a name in apposition after an inverted role for an organisation in lower case")
            << QStringLiteral("The fares will rise, said a former spokesman for the ministry, Oleg Varga, who left "
                              "in May.")
            << QStringList {QStringLiteral("Oleg Varga|The fares will rise")};
        QTest::newRow("a coordinated subject before an appositive between commas is one group")
            << QStringLiteral("Ana Ortiz and Luis Lund, both up for reelection, said they would welcome the ferry.")
            << QStringList {QStringLiteral("Ana Ortiz and Luis Lund|they would welcome the ferry")};
        QTest::newRow("coordinated titled names with their places are one group")
            << QStringLiteral("Sens. Ana Ortiz of Vermont and Luis Lund of Ohio, both up for reelection, also said "
                              "they would welcome the ferry.")
            << QStringList {QStringLiteral(
                   "Sens. Ana Ortiz of Vermont and Luis Lund of Ohio|they would welcome the ferry")};
        QTest::newRow("another opening the clause is one more person")
            << QStringLiteral("One captain said the ferry was late. Another said the fares would rise.")
            << QStringList {QStringLiteral("One captain|the ferry was late"),
                   QStringLiteral("Another|the fares would rise")};
        QTest::newRow("a name and others are one group")
            << QStringLiteral("Ana Ortiz and others said the fares would rise.")
            << QStringList {QStringLiteral("Ana Ortiz and others|the fares would rise")};
        QTest::newRow("a second verb shares a role subject with its object")
            << QStringLiteral("A spokesman for the Harbour Board defended the route and said the police had trained.")
            << QStringList {QStringLiteral("Harbour Board spokesman|the police had trained")};
        QTest::newRow("a bare clause after a present verb of a plural subject")
            << QStringLiteral("Critics say ferries could run later.")
            << QStringList {QStringLiteral("Critics|ferries could run later")};
        QTest::newRow("told with an addressee") << QStringLiteral("Ana Ortiz told reporters that the bridge was safe.")
                                                << QStringList {QStringLiteral("Ana Ortiz|the bridge was safe")};
        QTest::newRow("according to a document named to the end of its phrase")
            << QStringLiteral("Ferry fares will rise, according to a report in the Valmore Register.")
            << QStringList {QStringLiteral("Report in the Valmore Register|Ferry fares will rise")};
        QTest::newRow("according to a document after a possessive pronoun")
            << QStringLiteral("The captain had sailed since 1998, according to his Harbour Net page.")
            << QStringList {QStringLiteral("Harbour Net page|The captain had sailed since 1998")};
        QTest::newRow("according to a document no name says whose, with a clause after it")
            << QStringLiteral("Ferry fares will rise, according to the figures her office released on Friday.")
            << QStringList {QStringLiteral("Figures her office released on Friday|Ferry fares will rise")};
        QTest::newRow("according to data from a source in lower case")
            << QStringLiteral("Ferry fares rose 3 percent, according to data released by harbour regulators.")
            << QStringList {QStringLiteral("Data released by harbour regulators|Ferry fares rose 3 percent")};
        QTest::newRow("according to people a pronoun owns names nobody")
            << QStringLiteral("Ferry fares will rise, according to her aides.")
            << QStringList {QStringLiteral("-|Ferry fares will rise")};
        QTest::newRow("according to a document that says no more than its noun names nobody")
            << QStringLiteral("Ferry fares will rise, according to recent data.")
            << QStringList {QStringLiteral("-|Ferry fares will rise")};
        QTest::newRow("a plural of people between commas before the verb speaks for the sentence")
            << QStringLiteral("The top three issues, respondents said, are fares, delays and safety.")
            << QStringList {QStringLiteral("Respondents|The top three issues, respondents said, are fares, delays and safety")};
        QTest::newRow("bare police after the reported words")
            << QStringLiteral("The captain went to the harbour office, police said.")
            << QStringList {QStringLiteral("Police|The captain went to the harbour office")};
        QTest::newRow("any plural between commas is no speaker")
            << QStringLiteral("It had two columns, one listing the facts reported by the board.") << QStringList {};
        QTest::newRow("according to between commas inside the sentence")
            << QStringLiteral("The ferry, according to Ana Ortiz, will run late on Monday.")
            << QStringList {QStringLiteral("Ana Ortiz|The ferry, according to Ana Ortiz, will run late on Monday")};
        QTest::newRow("according to between commas before a relative clause ends the report")
            << QStringLiteral("The ferry will run late, according to Ana Ortiz, who spoke on Monday.")
            << QStringList {QStringLiteral("Ana Ortiz|The ferry will run late")};
        QTest::newRow("according to opening the sentence")
            << QStringLiteral("According to Ana Ortiz, the bridge is safe.")
            << QStringList {QStringLiteral("Ana Ortiz|the bridge is safe")};
        QTest::newRow("a role in apposition before the name is no reported speech")
            << QStringLiteral("The union leader, Luis Brandt, replied.") << QStringList {};
        QTest::newRow("the cue after the reported words") << QStringLiteral(
            "The bridge is safe, Ana Ortiz said.") << QStringList {QStringLiteral("Ana Ortiz|The bridge is safe")};
        QTest::newRow("two cues of one speaker")
            << QStringLiteral("Ana Ortiz said the bridge was safe and added that the fees would stay low.")
            << QStringList {QStringLiteral("Ana Ortiz|the bridge was safe"),
                   QStringLiteral("Ana Ortiz|the fees would stay low")};
        QTest::newRow("a share opening the sentence speaks as a group")
            << QStringLiteral("Twenty-four percent said they would ride the new ferry.")
            << QStringList {QStringLiteral("Twenty-four percent|they would ride the new ferry")};
        QTest::newRow("a share of a group keeps the group in its name")
            << QStringLiteral("About 60 percent of riders said the fares were too high.")
            << QStringList {QStringLiteral("About 60 percent of riders|the fares were too high")};
        QTest::newRow("the adverb before a share stays in its name")
            << QStringLiteral("Nearly half said they prefer the bus to the ferry.")
            << QStringList {QStringLiteral("Nearly half|they prefer the bus to the ferry")};
        QTest::newRow("an unnamed source with an adjective after its noun")
            << QStringLiteral("But a source familiar with the harbour board's review said the files were taken.")
            << QStringList {QStringLiteral("Source familiar with the harbour board's review|the files were taken")};
        QTest::newRow("an adverb that is also a preposition between auxiliary and verb")
            << QStringLiteral("Ana Ortiz has since said she would support a higher fare.")
            << QStringList {QStringLiteral("Ana Ortiz|she would support a higher fare")};
        QTest::newRow("the words before a speaker and a participle cue are what the speaker said")
            << QStringLiteral("The ferry will run late, Ana Ortiz said, adding that the fares would rise.")
            << QStringList {QStringLiteral("Ana Ortiz|The ferry will run late"),
                   QStringLiteral("Ana Ortiz|the fares would rise")};
        QTest::newRow("a comma inside the closing quotation mark before the speaker")
            << QStringLiteral("The harbour board will play the “fairness card,” Ana Ortiz said.")
            << QStringList {QStringLiteral("Ana Ortiz|The harbour board will play the “fairness card,”")};
        QTest::newRow("a clause opening with a preposition before the speaker is content")
            << QStringLiteral("Within a year the ferry would pay for itself, Ana Ortiz said.")
            << QStringList {QStringLiteral("Ana Ortiz|Within a year the ferry would pay for itself")};
        QTest::newRow("reported speech opening with quoted words runs on after them")
            << QStringLiteral("Ana Ortiz said that “the old pier” had been sold to a builder.")
            << QStringList {QStringLiteral("Ana Ortiz|“the old pier” had been sold to a builder")};
        QTest::newRow("a coordinated subject with a floating quantifier")
            << QStringLiteral("Ana Ortiz and Luis Lund all said that the fares would rise.")
            << QStringList {QStringLiteral("Ana Ortiz and Luis Lund|the fares would rise")};
        QTest::newRow("a sentence after a closing quotation mark with a clause of its own is a report of its own")
            << QStringLiteral("Ana Ortiz said the sides were “far apart.” Ortiz said talks would resume in March.")
            << QStringList {QStringLiteral("Ana Ortiz|the sides were “far apart.”"),
                   QStringLiteral("Ana Ortiz|talks would resume in March")};
        QTest::newRow("an adverbial opening the sentence before the speaker is no content")
            << QStringLiteral("In April, Ana Ortiz said.") << QStringList {};
        QTest::newRow("a group is named with the name that owns it")
            << QStringLiteral("Ana Ortiz met the board. Ortiz’s aides believe the fare will fall.")
            << QStringList {QStringLiteral("Ortiz’s aides|the fare will fall")};
        QTest::newRow("a share before the article stays in the group's name")
            << QStringLiteral("Most of the candidates said they support the new fares.")
            << QStringList {QStringLiteral("Most of the candidates|they support the new fares")};
        QTest::newRow("the last conjunct of a coordinated subject may carry a prepositional phrase")
            << QStringLiteral("Luis Pena and his rivals for the nomination have said they will undo the plan.")
            << QStringList {QStringLiteral("Luis Pena and his rivals for the nomination|they will undo the plan")};
        QTest::newRow("a coordinated subject with titles and other people is one group")
            << QStringLiteral("Ms. Lund, Mrs. Varga and other prominent captains said the fares would rise.")
            << QStringList {QStringLiteral("Ms. Lund, Mrs. Varga and other prominent captains|the fares would rise")};
        QTest::newRow("a list is more than the party its last conjunct names")
            << QStringLiteral("The Harbour Party met on Monday. Ms. Lund and other captains in both parties said "
                              "the fares would rise.")
            << QStringList {QStringLiteral("Ms. Lund and other captains in both parties|the fares would rise")};
        QTest::newRow("a participle after the main clause speaks for the name opening it past an adverbial")
            << QStringLiteral("For months, Ana Ortiz has been on the sidelines of the fight, arguing she did not want "
                              "to take sides.")
            << QStringList {QStringLiteral("Ana Ortiz|she did not want to take sides")};
        QTest::newRow("a participle after a preposition opening the sentence reports up to the comma")
            << QStringLiteral("After announcing that the bridge would close, Ana Ortiz left the hall.")
            << QStringList {QStringLiteral("Ana Ortiz|the bridge would close")};
        QTest::newRow("an abbreviation after the cue does not end an inverted report") << QStringLiteral(
            "Speaking to students in the city this week, Ana Ortiz responded to Mr. Rivera's remark that the toll was "
            "fair.") << QStringList {QStringLiteral("Rivera|the toll was fair")};
        QTest::newRow("a sentence adverb between the subject and the verb")
            << QStringLiteral("Ana Ortiz however said the bridge was safe.")
            << QStringList {QStringLiteral("Ana Ortiz|the bridge was safe")};
        QTest::newRow("a surname that is also a common word opens a sentence as the name")
            << QStringLiteral("Business owner Ana Small runs a small shop. Small said the casino hurt the workers.")
            << QStringList {QStringLiteral("Ana Small|the casino hurt the workers")};
        QTest::newRow("a possessive written as a bare apostrophe after an s")
            << QStringLiteral("Luis Reyes’ campaign says it raised more than two million dollars.")
            << QStringList {QStringLiteral("Luis Reyes’ campaign|it raised more than two million dollars")};
        QTest::newRow("a group before a parenthesis in dashes")
            << QStringLiteral(
                   "Many speakers at the service — including farmers and teachers — said the fee was unfair.")
            << QStringList {QStringLiteral("Many speakers at the service|the fee was unfair")};
        QTest::newRow("a group with a prepositional phrase, not the phrase's object")
            << QStringLiteral("Ana Ortiz is the mayor. Elected officials from both parties say the mayor works hard.")
            << QStringList {QStringLiteral("Elected officials from both parties|the mayor works hard")};
        QTest::newRow("a group with an abbreviated title in its phrase and a relative clause")
            << QStringLiteral("Friends of Mr. Pena who have seen him on the trail recently say that he is tired.")
            << QStringList {QStringLiteral("Friends of Mr. Pena|he is tired")};
        QTest::newRow("the verb and then the speaker after the reported words")
            << QStringLiteral("The bridge is safe for the town, said Ana Ortiz.")
            << QStringList {QStringLiteral("Ana Ortiz|The bridge is safe for the town")};
        QTest::newRow("the verb and then a titled speaker with a modifier after the reported words")
            << QStringLiteral("The bridge is safe, said former Sen. Ana Ortiz of Vermont.")
            << QStringList {QStringLiteral("Ana Ortiz|The bridge is safe")};
        QTest::newRow("a second verb after a comma with a clause of its own is no inverted report")
            << QStringLiteral("Ana Ortiz opened the bridge, said it was safe and left.")
            << QStringList {QStringLiteral("Ana Ortiz|it was safe and left")};
        QTest::newRow("a weak verb after a comma is no inverted report")
            << QStringLiteral("The bridge has cost more than planned, shows Harbour Board data.")
            << QStringList {};
        QTest::newRow("an opening phrase is not reported by a cue that has a clause of its own after it")
            << QStringLiteral("In a speech, Ana Ortiz explained why: the repairs are late.") << QStringList {};
        QTest::newRow("a participle speaks for the titled name opening the main clause after an opening participle")
            << QStringLiteral("Weighing in on the vote, former Vermont Gov. Ana Ortiz agreed, saying the bridge was safe.")
            << QStringList {QStringLiteral("Ana Ortiz|the bridge was safe")};
        QTest::newRow("a name after the organisation noun describing it is the subject of a later verb")
            << QStringLiteral("The lighting maker Lumora runs three plants and says it will hire more workers.")
            << QStringList {QStringLiteral("Lumora|it will hire more workers")};
        QTest::newRow("a finite cue after a comma inverts the attribution of the words before it")
            << QStringLiteral("The ferry will not run this winter, said Dana Pell, a harbour pilot.")
            << QStringList {QStringLiteral("Dana Pell|The ferry will not run this winter")};
        QTest::newRow("a quotation running on into the words before an inverted cue")
            << QStringLiteral("“We are very pleased” about the ruling, said Mara Quell.")
            << QStringList {QStringLiteral("Mara Quell|“We are very pleased” about the ruling")};
        QTest::newRow("a weak verb after a comma names, it reports nothing")
            << QStringLiteral("The fund, called Harbor Trust, lends money to boat owners.") << QStringList {};
        QTest::newRow("a name modifying the noun after an inverted cue is no speaker")
            << QStringLiteral("A survey of the harbour towns, shows Ruritanian ferries ahead of the rest.")
            << QStringList {};
        QTest::newRow("the agent of a passive cue in an as-clause is the source")
            << QStringLiteral("As first reported by Coastline Weekly, the mayor was told of the risk in May.")
            << QStringList {QStringLiteral("Coastline Weekly|the mayor was told of the risk in May")};
        QTest::newRow("a surname that is a grammar word before its cue is the person named before")
            << QStringLiteral("Luis May spoke first. Later, May wrote, the mayor can win the vote.")
            << QStringList {QStringLiteral("Luis May|the mayor can win the vote")};
        QTest::newRow("a document named by whose it is speaks as written")
            << QStringLiteral("A Harbor Board memo released Friday says the ferry will stop in May.")
            << QStringList {QStringLiteral("Harbor Board memo released Friday|the ferry will stop in May")};
        QTest::newRow("a document described by the participle after it speaks as written")
            << QStringLiteral("A court document released Thursday says the ferry will stop in May.")
            << QStringList {QStringLiteral("Court document released Thursday|the ferry will stop in May")};
        QTest::newRow("a document posted by a named site speaks as written")
            << QStringLiteral("A statement posted on the website HarbourFerries.com said the ferry will stop.")
            << QStringList {QStringLiteral("Statement posted on the website HarbourFerries.com|the ferry will stop")};
        QTest::newRow("a document no name owns stays without a speaker")
            << QStringLiteral("The board memo says the ferry will stop in May.")
            << QStringList {QStringLiteral("-|the ferry will stop in May")};
        QTest::newRow("a group owned by a pronoun is named after the person the pronoun stands for")
            << QStringLiteral("Mr. Luis Ortiz spoke on Monday. His aides say the bridge will open in May.")
            << QStringList {QStringLiteral("Ortiz's aides|the bridge will open in May")};
        QTest::newRow("a group owned by a pronoun that finds nobody of its gender has no speaker")
            << QStringLiteral("The Harbour Board met on Monday. His aides say the bridge will open in May.")
            << QStringList {QStringLiteral("-|the bridge will open in May")};
        QTest::newRow("the author of a report named far into an according-to phrase is the source")
            << QStringLiteral("According to early figures from a survey carried out for the council by Harbor "
                              "Research, most riders want a new ferry.")
            << QStringList {QStringLiteral("Harbor Research|most riders want a new ferry")};
        QTest::newRow("a long according-to phrase with a name late in it is a source named as written")
            << QStringLiteral("According to first returns of a survey carried out for the Harbour Board and two "
                              "newspapers, most riders want a new ferry.")
            << QStringList {QStringLiteral("First returns of a survey carried out for the Harbour Board and two "
                                           "newspapers|most riders want a new ferry")};
        QTest::newRow("a share after grammar words and numbers names the group")
            << QStringLiteral("About one in four say the fares are too high for them.")
            << QStringList {QStringLiteral("About one in four|the fares are too high for them")};
        QTest::newRow("a comparison before an article and a share names the group")
            << QStringLiteral("Less than a third agreed that the fares are too high.")
            << QStringList {QStringLiteral("Less than a third|the fares are too high")};
        QTest::newRow("an inverted report's coordinated subject is one group")
            << QStringLiteral("The fares are too high, Ana Ortiz and Luis Lund said on Monday.")
            << QStringList {QStringLiteral("Ana Ortiz and Luis Lund|The fares are too high")};
        QTest::newRow("names listed before an inverted verb are no subject")
            << QStringLiteral("Besides Dunmore, Valmore, Kestrel and Harbour have claims in the area.")
            << QStringList {};
        QTest::newRow("a described group between commas inside the content it reports")
            << QStringLiteral("The cuts, a broad range of economists say, hurt the harbour.")
            << QStringList {QStringLiteral(
                   "Broad range of economists|The cuts, a broad range of economists say, hurt the harbour")};
        QTest::newRow("a role noun between commas finds the person introduced with it")
            << QStringLiteral("Ana Ortiz, the ferry's pilot, spoke first. The delay, the pilot told them, was short.")
            << QStringList {QStringLiteral("Ana Ortiz|The delay, the pilot told them, was short")};
        QTest::newRow("a participle describing the source of according to is not what it reports")
            << QStringLiteral("According to Tomas Varga, writing for the Harbour Post, the board received millions.")
            << QStringList {QStringLiteral("Tomas Varga|the board received millions")};
        QTest::newRow("a participle describing the source before a colon reports nothing itself")
            << QStringLiteral("According to Tomas Varga, writing for the Harbour Post:") << QStringList {};
        QTest::newRow("an object pronoun after a verb leaves no subject before it")
            << QStringLiteral("She kept her eyes on club members to make them feel that the ferry was safe.")
            << QStringList {};
        QTest::newRow("a name calling something in quotation marks names it")
            << QStringLiteral("The port hoped to shed what Lund called “a harbour eyesore.”")
            << QStringList {QStringLiteral("Lund|a harbour eyesore.")};
        QTest::newRow("a work called something in quotation marks is a title")
            << QStringLiteral("Lund set up a website called “Ferries For Everyone” for the riders.") << QStringList {};
        QTest::newRow("a work by a person called something is a title") << QStringLiteral(
            "There is also an album from the singer Tomas Varga called “Forty Years of Ferries.”")
                                                                        << QStringList {};
        QTest::newRow("a bare plural group between commas inside the content it reports")
            << QStringLiteral("The cause of the delay, dock workers and pilots say, is the storm.")
            << QStringList {QStringLiteral(
                   "Dock workers and pilots|The cause of the delay, dock workers and pilots say, is the storm")};
        QTest::newRow("a share of a number names the group that says")
            << QStringLiteral("Six in 10 say the fares are too high for them.")
            << QStringList {QStringLiteral("Six in 10|the fares are too high for them")};
        QTest::newRow("a number word after a noun is no share naming a group")
            << QStringLiteral("A letter from the two suggested the fares would rise.")
            << QStringList {QStringLiteral("-|the fares would rise")};
        QTest::newRow("the media of a country are a source named as written")
            << QStringLiteral("Ruritanian media reported that the minister would resign.")
            << QStringList {QStringLiteral("Ruritanian media|the minister would resign")};
        QTest::newRow("a cue with one word of content reports nothing")
            << QStringLiteral("Ana Ortiz said fares.") << QStringList {};
        QTest::newRow("a word that stands for the whole answer is the content")
            << QStringLiteral("Ana Ortiz said no.") << QStringList {QStringLiteral("Ana Ortiz|no")};
        QTest::newRow("an answer word before more words of the clause is no answer")
            << QStringLiteral("Ana Ortiz said no one would pay the fare.")
            << QStringList {QStringLiteral("Ana Ortiz|no one would pay the fare")};
        QTest::newRow("no before to is a refusal, not an answer")
            << QStringLiteral("Ana Ortiz said no to the new fares.") << QStringList {};
        QTest::newRow("a verb opening the sentence reports up to its comma")
            << QStringLiteral("Asked whether the fare was “fair,” Ana Ortiz said yes.")
            << QStringList {QStringLiteral("-|whether the fare was “fair,”"), QStringLiteral("Ana Ortiz|yes")};
    }
    void shouldAttributeReportedSpeech()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, quotes);

        // Given a paragraph, when the passes up to reported speech have run
        PassFixture run(text, ExtractionPipeline::Pass::ReportedSpeech);

        // Then the indirect pass attributed this reported speech
        QCOMPARE(run.quotesBy(AttributionPass::Indirect), quotes);
    }

    void shouldMakeOthersOpeningTheClauseAGroupNotAName()
    {
        // Given "Others" opening a sentence, capitalised as every opening word is
        PassFixture run(QStringLiteral("Others said the fares would rise."), ExtractionPipeline::Pass::ReportedSpeech);

        // Then the report is theirs, and they are a described group, not a person named Others
        QCOMPARE(run.quotesBy(AttributionPass::Indirect), QStringList {QStringLiteral("Others|the fares would rise")});
        const FoundQuote &q = run.window().quotes.first();
        const EntityRegistry::Entity &e = std::as_const(run.window().registry).entity(q.entity);
        QCOMPARE(e.kind, EntityRegistry::Kind::Organization);
        QVERIFY(e.described);
    }

    void shouldAttributePartialQuotesToTheSubject_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("quotes");

        QTest::newRow("a name as subject")
            << QStringLiteral("Ana Ortiz drew up “a very clear plan for the harbour” last year.")
            << QStringList {QStringLiteral("Ana Ortiz|a very clear plan for the harbour")};
        QTest::newRow("two quoted words are scare quotes")
            << QStringLiteral("Ana Ortiz drew up a “clear plan” last year.") << QStringList {};
    }
    void shouldAttributePartialQuotesToTheSubject()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, quotes);

        PassFixture run(text, ExtractionPipeline::Pass::PartialQuotes);

        QCOMPARE(run.quotesBy(AttributionPass::Partial), quotes);
    }

    void shouldRecordAnUnattributedStandaloneQuotation()
    {
        // Given a whole-sentence quotation nothing attributes
        PassFixture run(QStringLiteral("The harbour was quiet. “Every boat stayed in port for the night.”"),
            ExtractionPipeline::Pass::PartialQuotes);

        // Then it is recorded, with nobody as its speaker
        QCOMPARE(run.quotesBy(AttributionPass::Standalone),
            QStringList {QStringLiteral("-|Every boat stayed in port for the night.")});
    }
};

QTEST_GUILESS_MAIN(TestIndirectAttribution)
#include "tst_indirectattribution.moc"
