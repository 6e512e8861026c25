"""Module: routine enquiry about domestic abuse in pregnancy.

Plain data only (see docs/content-format.md). Facts come from the shared fact brief and the
February 2017 joint targeted area inspection letter; every lesson ends with its own sources.
"""

# Sources used in this module. A blank year or url means the page carries no date or the
# stored address was incomplete.

SRC_LETTER = {
    "title": "Joint targeted area inspection of the multi-agency response to abuse and neglect in Hampshire",
    "publisher": "Ofsted, CQC, HMIC and HMI Probation",
    "year": "2017",
    "url": "",
}
SRC_RCM_RCOG_2020 = {
    "title": "Leading royal colleges unite to tackle domestic violence",
    "publisher": "Royal College of Midwives and Royal College of Obstetricians and Gynaecologists",
    "year": "2020",
    "url": "https://www.rcm.org.uk/news-views/news/2020/november/leading-royal-colleges-unite-to-tackle-domestic-violence/",
}
SRC_RCM_2016 = {
    "title": "RCM joins the global fight against domestic violence",
    "publisher": "Royal College of Midwives",
    "year": "2016",
    "url": "https://rcm-reskin-dev.azurewebsites.net/media-releases/2016/november/rcm-joins-the-global-fight-against-domestic-violence",
}
SRC_AUSTRALIA = {
    "title": "Clinical practice guidelines: antenatal care, module I – domestic violence",
    "publisher": "Australian Government Department of Health",
    "year": "2012",
    "url": "http://www.health.gov.au/internet/publications/publishing.nsf/Content/clinical-practice-guidelines-ac-mod1~part-b~clinical-assessments+~domestic-violence",
}
SRC_NCT = {
    "title": "Domestic abuse",
    "publisher": "NCT (the National Childbirth Trust)",
    "year": "",
    "url": "https://www.nct.org.uk/about-us/professional/research/public-health/domestic-abuse",
}
SRC_DASH_FORM = {
    "title": "Domestic Abuse, Stalking and Harassment and Honour Based Violence (DASH 2009) risk identification checklist",
    "publisher": "Association of Chief Police Officers and Co-ordinated Action Against Domestic Abuse",
    "year": "2009",
    "url": "https://paperzz.com/doc/7134875/dash-risk-form",
}
SRC_SAVING_MOTHERS = {
    "title": "Saving Mothers’ Lives: reviewing maternal deaths to make motherhood safer, 2006–2008",
    "publisher": "Centre for Maternal and Child Enquiries",
    "year": "2011",
    "url": "",
}
SRC_NG201 = {
    "title": "Antenatal care (NG201): recommendations",
    "publisher": "National Institute for Health and Care Excellence",
    "year": "2021",
    "url": "https://www.nice.org.uk/guidance/ng201/chapter/Recommendations",
}
SRC_CCB_GUIDANCE = {
    "title": "Controlling or coercive behaviour in an intimate or family relationship: statutory guidance framework",
    "publisher": "Home Office",
    "year": "2015",
    "url": "https://trantor.is/content/BGv3quJLUXKpU3cz/xhtml/07_introduction1.xhtml",
}
SRC_DAA_S3 = {
    "title": "Domestic Abuse Act 2021 (Commencement No. 3) Regulations 2022",
    "publisher": "Family Law Week",
    "year": "2022",
    "url": "https://www.familylawweek.co.uk/site.aspx?i=ed228107",
}
SRC_INSIGHTS_CHILDREN = {
    "title": "Insights national briefing: children",
    "publisher": "SafeLives",
    "year": "2017",
    "url": "https://safelives.org.uk/insights-national-briefing-children",
}
SRC_WRITTEN_ANSWER = {
    "title": "Domestic abuse: females (written question 61483)",
    "publisher": "Parliament, via Parallel Parliament",
    "year": "2017",
    "url": "https://www.parallelparliament.co.uk/question/61483/domestic-abuse-females",
}
SRC_QS116_ASKING = {
    "title": "Domestic violence and abuse (QS116), quality statement 1: asking about domestic violence and abuse",
    "publisher": "National Institute for Health and Care Excellence",
    "year": "2016",
    "url": "https://www.nice.org.uk/guidance/qs116/chapter/Quality-statement-1-Asking-about-domestic-violence-and-abuse",
}
SRC_QS116_RESPONSE = {
    "title": "Domestic violence and abuse (QS116), quality statement 2: response to domestic violence and abuse",
    "publisher": "National Institute for Health and Care Excellence",
    "year": "2016",
    "url": "https://www.nice.org.uk/guidance/QS116/chapter/quality-statement-2-response-to-domestic-violence-and-abuse",
}
SRC_QS116 = {
    "title": "Domestic violence and abuse (QS116)",
    "publisher": "National Institute for Health and Care Excellence",
    "year": "2016",
    "url": "https://www.nice.org.uk/guidance/qs116",
}
SRC_NURSING_IN_PRACTICE = {
    "title": "NICE: nurses should help recognise domestic abuse",
    "publisher": "Nursing in Practice",
    "year": "2014",
    "url": "https://www.nursinginpractice.com/article/nice-nurses-should-help-recognise-domestic-abuse",
}
SRC_INDEPENDENT_2013 = {
    "title": "NICE issues domestic abuse guidelines to healthcare workers",
    "publisher": "The Independent",
    "year": "2013",
    "url": "https://www.independent.co.uk/life-style/health-and-families/health-news/nice-issues-domestic-abuse-guidelines-to-healthcare-workers-8742843.html",
}
SRC_FUTURELEARN = {
    "title": "Limits of care (course step drawing on World Health Organization antenatal care recommendations)",
    "publisher": "Coventry University, on FutureLearn",
    "year": "",
    "url": "https://www.futurelearn.com/info/courses/intimate-partner-domestic-violence/0/steps/186337",
}
SRC_SALMON = {
    "title": "Women’s views and experiences of antenatal enquiry for domestic abuse during pregnancy (Salmon, Baird and White)",
    "publisher": "Health Expectations",
    "year": "2013",
    "url": "https://pmc.ncbi.nlm.nih.gov/articles/PMC5060826",
}
SRC_DASH_QUICK_START = {
    "title": "SafeLives Dash risk checklist: quick start guidance",
    "publisher": "SafeLives",
    "year": "",
    "url": "https://safelives.org.uk/resources-library/quick-start-guidance-for-dash-risk-checklist/",
}
SRC_SAFELIVES_RISK = {
    "title": "Resources for identifying the risk victims face",
    "publisher": "SafeLives",
    "year": "",
    "url": "https://safelives.org.uk/practice-support/resources-identifying-risk-victims-face",
}
SRC_GETTING_IT_RIGHT = {
    "title": "Getting it right first time",
    "publisher": "SafeLives",
    "year": "2015",
    "url": "https://safelives.org.uk/policy-evidence/getting-it-right-first-time",
}
SRC_IN_PLAIN_SIGHT = {
    "title": "In plain sight: effective help for children exposed to domestic abuse",
    "publisher": "SafeLives",
    "year": "2014",
    "url": "https://safelives.org.uk/policy-evidence/effective-help-children-living-domestic-abuse",
}
SRC_CHILDREN_ACT_S11 = {
    "title": "Children Act 2004, section 11",
    "publisher": "legislation.gov.uk",
    "year": "2004",
    "url": "https://www.legislation.gov.uk/id/ukpga/2004/31/section/11?view=plain",
}
SRC_INFO_SHARING = {
    "title": "Safeguarding e-learning: information sharing (summary of the 2018 government advice for practitioners)",
    "publisher": "Royal College of General Practitioners",
    "year": "2018",
    "url": "https://elearning.rcgp.org.uk/mod/book/view.php?id=12531&chapterid=368",
}
SRC_MARAC_CRITERIA = {
    "title": "Marac referral criteria and form",
    "publisher": "SafeLives",
    "year": "",
    "url": "https://safelives.org.uk/resources-library/marac-referral-criteria-and-form/",
}
SRC_MARAC_DEFINITIONS = {
    "title": "Marac referral criteria: definitions",
    "publisher": "SafeLives",
    "year": "",
    "url": "https://docsbay.net/marac-referral-criteria-definitions",
}
SRC_MARAC_REPEAT = {
    "title": "Definition of a repeat Marac",
    "publisher": "SafeLives",
    "year": "",
    "url": "https://safelives.org.uk/definition-repeat-marac",
}
SRC_BUCKS_MARAC = {
    "title": "Multi-agency risk assessment conference (MARAC)",
    "publisher": "Buckinghamshire children’s multi-agency procedures",
    "year": "",
    "url": "https://buckschildrensmapp.co.uk/marac",
}


# ---------------------------------------------------------------------------------------------
# Lesson 1
# ---------------------------------------------------------------------------------------------

LESSON_WHY_PREGNANCY = {
    "title": "Why pregnancy matters",
    "slug": "why-pregnancy-matters",
    "summary": "What the inspectors asked of health services, what the evidence says about abuse in pregnancy, and why the unborn baby and other children are part of the picture.",
    "body": [
        (
            "support",
            {
                "heading": "Before you start",
                "intro": (
                    "Some people taking this module will have lived through abuse, or may be living with it now. "
                    "If anything here is hard to read, take a break. You can talk in confidence to the services "
                    "below, or to your manager, occupational health or employee assistance programme."
                ),
                "services": [
                    "emergency-999",
                    "national-domestic-abuse-helpline",
                    "mens-advice-line",
                    "galop",
                    "karma-nirvana",
                    "ask-for-ani",
                ],
            },
        ),
        (
            "text",
            "<h2>What the inspectors asked of health services</h2>"
            "<p>In December 2016, four inspectorates looked together at how agencies in Hampshire respond to children "
            "living with domestic abuse: the Office for Standards in Education, Children’s Services and Skills "
            "(Ofsted), the Care Quality Commission (CQC), Her Majesty’s Inspectorate of Constabulary (HMIC) and "
            "Her Majesty’s Inspectorate of Probation (HMI Probation). They found strong leadership and much good "
            "practice. They also named two areas of health work that needed strategic leadership:</p>"
            "<ul><li>engagement with the multi-agency risk assessment conference (MARAC), which was not consistent "
            "across health providers;</li>"
            "<li>a consistent approach to routine enquiry about domestic abuse in pregnancy, which they saw as key "
            "to finding and assessing abuse early.</li></ul>"
            "<p>They also found that health services did not routinely complete a Domestic Abuse, Stalking and "
            "Harassment and Honour-Based Violence (DASH) risk checklist when abuse was suspected or disclosed. A full "
            "assessment, they said, would strengthen decisions to protect a child or an unborn baby.</p>"
            "<p>This module is for everyone who meets women in pregnancy and after birth: midwives, health visitors, "
            "general practitioners (GPs), perinatal mental health and emergency department staff, social workers and "
            "voluntary sector workers.</p>",
        ),
        (
            "text",
            "<h2>What we know about abuse in pregnancy</h2>"
            "<p>In 2020 the Royal College of Midwives (RCM) and the Royal College of Obstetricians and Gynaecologists "
            "(RCOG) said in a joint statement that:</p>"
            "<ul><li>about one in four women in this country is affected by domestic abuse;</li>"
            "<li>abuse is more likely to begin, or to get worse, in pregnancy;</li>"
            "<li>abuse in pregnancy roughly doubles the risk of preterm birth and low birth weight.</li></ul>"
            "<p>The National Childbirth Trust (NCT) also links abuse in pregnancy with miscarriage, stillbirth and poor "
            "mental health, and notes that abuse can make it harder to get to antenatal care at all.</p>"
            "<p>You may have heard that nearly 30% of domestic abuse starts in pregnancy. The RCM used this figure in "
            "2016 and it is often repeated, but the research behind it is unclear. Treat it as a rough indication, "
            "not a precise measure.</p>"
            "<p>The wider evidence is mixed. A review for Australia’s national antenatal guidelines found that "
            "studies disagree on whether violence becomes more frequent or severe in pregnancy. Estimates of how many "
            "pregnant women experience violence ranged from 1% to 20%.</p>"
            "<p>So do not claim that pregnancy always makes abuse worse. The practical message is simpler: a baby on "
            "the way does not make a woman safe. The DASH checklist treats being pregnant, or having had a baby in "
            "the last 18 months, as a risk factor. And pregnancy brings women into regular contact with people who "
            "can ask.</p>",
        ),
        ("myth_fact", {"myth": "pregnancy-protective"}),
        (
            "text",
            "<h2>Late booking and missed appointments</h2>"
            "<p>A national review of maternal deaths in 2006–08 included 34 women who had been murdered or were known "
            "to be experiencing domestic abuse. Of these, 38% had booked late or attended antenatal care poorly, down "
            "from 56% in the previous review.</p>"
            "<p>A controlling partner may stop a woman going to appointments, insist on coming, or make her cancel. "
            "Home Office guidance gives stopping someone getting medical help as an example of controlling or "
            "coercive behaviour.</p>"
            "<p>Antenatal care guidance from the National Institute for Health and Care Excellence (NICE) suggests "
            "asking why a booking is late, because the reasons may point to social or psychological difficulties. Ask "
            "with curiosity, not blame. Follow up missed appointments using contact details she has told you are "
            "safe, and make sure her GP and health visitor know about the pattern.</p>",
        ),
        (
            "myth_fact",
            {
                "statement": "Late booking or missed antenatal appointments can be a sign that a woman is experiencing domestic abuse.",
                "is_true": True,
                "explanation": (
                    "<p>True. In the 2006–08 review of maternal deaths, 38% of the women who had been murdered or were "
                    "known to be experiencing abuse had booked late or attended poorly. A controlling partner may stop "
                    "a woman attending. A missed appointment does not prove abuse, but it is a reason to ask in private "
                    "and to follow up.</p>"
                ),
                "sources": [SRC_SAVING_MOTHERS, SRC_NCT, SRC_CCB_GUIDANCE],
            },
        ),
        (
            "text",
            "<h2>More than one person at risk</h2>"
            "<p>When a pregnant woman is abused, her unborn baby is affected too, through injury, missed care and the "
            "other harms above. Older children in the household are affected as well.</p>"
            "<p>Since 31 January 2022, the Domestic Abuse Act 2021 has recognised children as victims in their own "
            "right. This covers a child under 18 who sees or hears the abuse, or experiences its effects, and who is "
            "related to the victim or to the person causing harm. A toddler in the family who hears shouting from the "
            "next room is a victim.</p>"
            "<p>For many children, abuse is part of life from the start. SafeLives found that 41% of children in "
            "families experiencing domestic abuse had lived with it since birth. Asking in pregnancy is one of the "
            "earliest chances to change that.</p>"
            "<p>The person causing harm is responsible for the abuse and its effects on the children. Our job is to "
            "notice, to ask, and to help the woman and her children be safer.</p>",
        ),
        (
            "reflection",
            {
                "prompt": (
                    "Before this module, did you think of pregnancy mainly as a time of safety or of risk? Where did "
                    "that idea come from, and how might it affect the questions you ask?"
                ),
                "hint": "There is no right answer. Do not include anything that could identify a patient.",
            },
        ),
        (
            "sources",
            {
                "sources": [
                    SRC_LETTER,
                    SRC_RCM_RCOG_2020,
                    SRC_NCT,
                    SRC_RCM_2016,
                    SRC_AUSTRALIA,
                    SRC_DASH_FORM,
                    SRC_SAVING_MOTHERS,
                    SRC_CCB_GUIDANCE,
                    SRC_NG201,
                    SRC_DAA_S3,
                    SRC_INSIGHTS_CHILDREN,
                ]
            },
        ),
    ],
}


# ---------------------------------------------------------------------------------------------
# Lesson 2
# ---------------------------------------------------------------------------------------------

LESSON_ASKING = {
    "title": "Asking safely and alone",
    "slug": "asking-safely-and-alone",
    "summary": "How to make time alone with every pregnant woman, why interpreters must always be professional, and how to ask.",
    "body": [
        (
            "text",
            "<h2>What routine enquiry means</h2>"
            "<p>Routine enquiry means asking every pregnant woman about domestic abuse, whether or not you have seen "
            "warning signs. It is not a judgement about her or her family. You ask because abuse is common, often "
            "hidden, and cannot be seen from the outside.</p>"
            "<p>In a written parliamentary answer in January 2017, the government said its 2016 strategy on violence "
            "against women and girls committed to firmly embedding routine enquiry in maternity and mental health "
            "services.</p>"
            "<p>NICE’s quality standard on domestic violence and abuse (QS116, 2016) expects people who show signs of "
            "possible abuse to be asked about it in a private discussion. Its 2014 guidance on multi-agency working "
            "said frontline staff should be trained to recognise the signs and to ask about abuse: in private, with "
            "just the two of you, somewhere she feels safe, and with kindness. Help should be advertised in waiting "
            "areas.</p>"
            "<p>Maternity care asks every woman, not only those with signs. Follow your local policy on when to ask "
            "again before and after the birth. Women generally welcome the question: in one study, almost all were "
            "comfortable being asked by a midwife.</p>",
        ),
        ("myth_fact", {"myth": "asking-offends"}),
        (
            "text",
            "<h2>Seeing her on her own</h2>"
            "<p>You can only ask safely when she is alone. Guidance drawing on the World Health Organization’s "
            "antenatal recommendations makes safety the minimum condition for asking. With a partner or relative in "
            "the room, her answer may not be free, and the question could put her at risk after she leaves.</p>"
            "<p>Many partners come with good intentions, so make time alone a normal part of every contact, not a "
            "special step taken only when you are worried:</p>"
            "<ul><li>Say at the start of every appointment, and in letters, that part of each visit is always with the "
            "woman on her own.</li>"
            "<li>Ask a companion to wait outside during an examination, or to fetch something from reception.</li>"
            "<li>Do not ask in front of a child old enough to repeat what they hear.</li></ul>"
            "<p>If a partner will not leave, or answers every question for her, that is important information. Do not "
            "ask about abuse in front of them, and do not challenge them. Finish the appointment safely, record what "
            "you saw, plan another chance to see her alone soon, and talk to your safeguarding lead.</p>",
        ),
        (
            "text",
            "<h2>Interpreters: professional, every time</h2>"
            "<p>If she needs an interpreter, use a professional one. Never use her partner, relatives, friends or "
            "children. When NICE consulted on draft guidance in 2013, it warned that family members or friends may be "
            "colluding with the abuse, or may be abusers themselves.</p>"
            "<ul><li>Book the interpreter in advance, allowing time to see her alone.</li>"
            "<li>Offer a telephone or video interpreter if she may worry that a local one knows her family.</li>"
            "<li>Record the interpreter’s name or reference number.</li></ul>",
        ),
        (
            "myth_fact",
            {
                "statement": "If no professional interpreter can be found, a relative who speaks good English can help with the questions about domestic abuse.",
                "is_true": False,
                "explanation": (
                    "<p>Myth. Family members and friends should not interpret questions about abuse: they may be "
                    "colluding with it or causing it, and she may not feel free to speak. Give the care that is safe "
                    "to give, do not ask, rebook with a professional interpreter, and record why.</p>"
                ),
                "sources": [SRC_INDEPENDENT_2013],
            },
        ),
        (
            "scenario",
            {
                "situation": (
                    "<p>You are a community midwife at a booking appointment. Lúcia is nine weeks pregnant and has a "
                    "three-year-old at nursery. She speaks some English but is more at ease in Portuguese. No "
                    "interpreter was booked. Her husband answers most questions for her, and says there is no need "
                    "for time alone. His sister, who has also come, offers to interpret.</p>"
                ),
                "question": "What is the best thing to do?",
                "options": [
                    {
                        "text": "Ask the sister to interpret all the questions, including the one about abuse, so the booking is complete.",
                        "feedback": (
                            "Not safe. Family should never interpret questions about abuse. They may be colluding or "
                            "causing harm, and Lúcia cannot answer freely. The question could also put her at risk later."
                        ),
                        "is_best": False,
                    },
                    {
                        "text": "Ask the abuse question quietly in English while her husband fills in a form.",
                        "feedback": (
                            "Well meant, but not safe. She is not alone and may not understand. If overheard, the "
                            "question could put her at risk."
                        ),
                        "is_best": False,
                    },
                    {
                        "text": (
                            "Use a professional telephone interpreter for her care, but do not ask about abuse in front "
                            "of the family. Book an early follow-up with an interpreter and time alone, record who was "
                            "present and what you saw, and tell your safeguarding lead."
                        ),
                        "feedback": (
                            "Best. Lúcia gets good care today and a safe chance to be asked soon. A husband who answers "
                            "for her does not prove abuse, but recording it helps colleagues see any pattern."
                        ),
                        "is_best": True,
                    },
                    {
                        "text": "Tell her husband you need to ask his wife about domestic abuse, so he must step out.",
                        "feedback": (
                            "Not safe. Naming abuse could alert a controlling partner and put her at risk. Present time "
                            "alone as routine for every woman, never as a response to suspicion."
                        ),
                        "is_best": False,
                    },
                ],
            },
        ),
        (
            "text",
            "<h2>How to ask</h2>"
            "<p>Ask directly, calmly and without rushing. First make it normal: “Abuse at home is common and can "
            "affect health in pregnancy, so I ask every woman about it.” Then ask one or two clear questions:</p>"
            "<ul><li>“Do you feel safe at home?”</li>"
            "<li>“Has anyone close to you hurt you, frightened you or made you feel controlled?”</li>"
            "<li>“Does anyone stop you seeing friends or family, using your phone or having your own money?”</li></ul>"
            "<p>Ask about control as well as injury. Home Office guidance on controlling or coercive behaviour gives "
            "examples such as isolating someone, monitoring their time, controlling money and blocking medical "
            "help.</p>"
            "<p>Notice injuries that do not fit the explanation, anxiety or low mood, or a partner who speaks for her. "
            "None of these proves abuse; each is a reason to make sure she has a safe chance to talk. She may not say "
            "yes the first time. The next lesson covers what to do then.</p>",
        ),
        (
            "sources",
            {
                "sources": [
                    SRC_WRITTEN_ANSWER,
                    SRC_QS116_ASKING,
                    SRC_NURSING_IN_PRACTICE,
                    SRC_SALMON,
                    SRC_FUTURELEARN,
                    SRC_INDEPENDENT_2013,
                    SRC_CCB_GUIDANCE,
                ]
            },
        ),
    ],
}


# ---------------------------------------------------------------------------------------------
# Lesson 3
# ---------------------------------------------------------------------------------------------

LESSON_RESPONDING = {
    "title": "Responding to a disclosure and recording it",
    "slug": "responding-and-recording",
    "summary": "What to say and do when a woman tells you about abuse, how to use the DASH checklist well, what to do if she says no, and how to record safely.",
    "body": [
        (
            "text",
            "<h2>If she tells you</h2>"
            "<p>A disclosure may come as a clear “yes”, a hint, or a question about someone else. Your first response "
            "can shape whether she ever tells anyone again.</p>"
            "<ul><li><strong>Believe her and thank her.</strong> “Thank you for telling me. I believe you.”</li>"
            "<li><strong>Put responsibility where it belongs.</strong> “This is not your fault. Nobody has the right "
            "to treat you like this.” Abuse is a choice made by the person causing it.</li>"
            "<li><strong>Do not judge or rush her.</strong> Do not ask why she has not left. She knows her situation "
            "best.</li>"
            "<li><strong>Check safety now.</strong> Is it safe to go home today? Where is the person harming her, and "
            "where are the children?</li>"
            "<li><strong>Agree safe contact.</strong> Which number, times and address are safe?</li>"
            "<li><strong>Be honest about what happens next</strong>, including when you may need to share information "
            "to protect her or the children.</li></ul>"
            "<p>NICE’s quality standard expects a response from trained staff and an offer of referral to specialist "
            "support. It describes two levels of training: responding to a disclosure, and asking about abuse. Know "
            "your local specialist service, how to refer, and who your safeguarding lead is.</p>",
        ),
        (
            "text",
            "<h2>Assessing risk with the DASH checklist</h2>"
            "<p>When abuse is disclosed or suspected, complete a DASH checklist with her if it is safe and you are "
            "trained. The inspectors found health services were not routinely doing this.</p>"
            "<p>SafeLives publishes the version used by agencies other than the police. Before you begin, it "
            "suggests you:</p>"
            "<ul><li>check how much time she has, and whether it is safe to talk now;</li>"
            "<li>agree safe contact details;</li>"
            "<li>find out where the person harming her and the children are;</li>"
            "<li>explain why you are asking and how the answers may be used.</li></ul>"
            "<p>Pregnancy, or a baby in the last 18 months, is one of the questions. The checklist supports your "
            "professional judgement; it does not replace it.</p>"
            "<p>Write down her words, not only the ticks. In one case the inspectors reviewed, a woman answered “no” "
            "to whether the abuse was happening more often. Underneath she had written that this was because it was "
            "happening all the time. The tick suggested the risk was not rising, when the opposite was true.</p>",
        ),
        ("myth_fact", {"myth": "victims-would-tell"}),
        (
            "text",
            "<h2>If she says no</h2>"
            "<p>Getting help often takes more than one conversation. SafeLives found that 85% of victims had sought "
            "help from professionals, around five times on average, in the year before they got effective help.</p>"
            "<p>Many women who are being abused say no at first. They may fear what the person harming them will do, "
            "worry how services will react, or not be ready. A “no” still tells her you are someone who asks.</p>"
            "<p>In a study of women using maternity services, women abused in pregnancy were glad to be asked, even "
            "when they could not say so straight away. Being asked showed them they could tell a midwife later. So:</p>"
            "<ul><li>accept her answer without pressing;</li>"
            "<li>tell her she can talk to you or another professional at any time;</li>"
            "<li>offer helpline details only in a form that is safe for her to keep;</li>"
            "<li>ask again at later contacts;</li>"
            "<li>if you are still worried, record why and talk to your safeguarding lead.</li></ul>",
        ),
        (
            "myth_fact",
            {
                "statement": "If a woman says “no” at her booking appointment, there is little point asking again later in the pregnancy.",
                "is_true": False,
                "explanation": (
                    "<p>Myth. Women being abused often do not disclose the first time. In Salmon and colleagues’ "
                    "study, abused women were glad to have been asked and knew they could tell a midwife later. Each "
                    "contact is another chance, including after the birth.</p>"
                ),
                "sources": [SRC_SALMON],
            },
        ),
        (
            "text",
            "<h2>Recording safely and well</h2>"
            "<p>Good records let colleagues see a pattern no single contact shows. Follow your organisation’s policy "
            "on where to record. Never write about abuse anywhere the person causing harm might read it, such as notes "
            "she takes home. Record:</p>"
            "<ul><li>that you asked, whether she was alone, and who came with her;</li>"
            "<li>the interpreter’s name or reference number;</li>"
            "<li>what she said, in her own words where you can, and what you saw;</li>"
            "<li>the DASH answers with her detail, not just the score;</li>"
            "<li>the unborn baby and every other child in the household;</li>"
            "<li>what you offered and referred, and the plan, including safe contact and when you will next see her "
            "alone.</li></ul>"
            "<p>If you could not ask, say why, for example: “Partner present throughout, declined to leave. Not asked. "
            "Follow-up booked with time alone.”</p>",
        ),
        (
            "reflection",
            {
                "prompt": (
                    "Imagine a colleague reading your record of a booking appointment six weeks from now. Would they "
                    "know whether she was seen alone, what she said, which children are in the household, and what you "
                    "planned? What would you add?"
                ),
                "hint": "Think of a record you wrote recently, without naming anyone.",
            },
        ),
        (
            "key_points",
            {
                "heading": "Key points",
                "points": [
                    "Believe her, thank her and tell her it is not her fault.",
                    "Check immediate safety and agree safe contact.",
                    "Record her words as well as the DASH ticks.",
                    "A “no” is not wasted. Keep the door open and ask again.",
                ],
            },
        ),
        (
            "sources",
            {
                "sources": [
                    SRC_QS116_RESPONSE,
                    SRC_QS116,
                    SRC_LETTER,
                    SRC_DASH_QUICK_START,
                    SRC_DASH_FORM,
                    SRC_SAFELIVES_RISK,
                    SRC_GETTING_IT_RIGHT,
                    SRC_SALMON,
                ]
            },
        ),
    ],
}


# ---------------------------------------------------------------------------------------------
# Lesson 4
# ---------------------------------------------------------------------------------------------

LESSON_REFERRAL = {
    "title": "The unborn child, referral and MARAC",
    "slug": "unborn-child-referral-and-marac",
    "summary": "Keeping the unborn baby and other children in view, referring to children’s social care, and how health services take part in MARAC.",
    "body": [
        (
            "text",
            "<h2>Keeping the unborn baby and other children in view</h2>"
            "<p>When a pregnant woman discloses abuse, at least two people are at risk, and often more. Ask about every "
            "child in the household, and any who live elsewhere but see the person causing harm. Under the Domestic "
            "Abuse Act 2021, a child who sees, hears or experiences the effects of abuse, and is related to either "
            "adult, is a victim in their own right.</p>"
            "<p>The DASH checklist is for adult victims. SafeLives advises a separate referral if you are worried "
            "about a child, so that the child’s safety is fully assessed.</p>"
            "<p>The SafeLives study <em>In plain sight</em> found that 62% of children exposed to domestic abuse were "
            "also directly harmed. Although 80% were known to at least one agency, only half were known to children’s "
            "social care. Each professional may hold one piece of the picture.</p>"
            "<p>The inspectors praised perinatal mental health services and health visitors for recording children’s "
            "lived experience well. For a baby not yet born, describe what home will be like: who lives there, who is "
            "frightening, and what the mother needs to keep the baby safe. The baby cannot speak yet, so your record "
            "has to speak for them.</p>",
        ),
        (
            "text",
            "<h2>Referring to children’s social care</h2>"
            "<p>Section 11 of the Children Act 2004 requires bodies including National Health Service (NHS) trusts, "
            "local authorities, police and probation to carry out their work with regard to the need to safeguard "
            "and promote children’s welfare.</p>"
            "<p>If you are worried that an unborn baby or a child may be at risk of harm, refer to children’s social "
            "care through your local front door, such as the Multi-Agency Safeguarding Hub (MASH). Refer early in "
            "pregnancy, so there is time to assess and plan before the birth. A referral made in the last weeks of "
            "pregnancy leaves far less time than one made soon after booking. Seek advice from your safeguarding lead "
            "if unsure, but do not let uncertainty cause delay.</p>"
            "<p>Usually you should tell the woman, unless that would increase the risk to her or the children. Data "
            "protection law does not stop you sharing where not sharing could put a child’s safety at risk.</p>"
            "<p>The inspectors asked agencies to share full DASH documents with children’s social care, not just the "
            "score. Include her words, what you have seen of the partner’s behaviour, and your view of the risk to "
            "each child, including the unborn baby.</p>",
        ),
        (
            "text",
            "<h2>MARAC and what health brings to it</h2>"
            "<p>A MARAC is a regular local meeting on the domestic abuse cases at highest risk. Agencies share what "
            "they know and agree a plan to keep the victim and her children safe. The victim does not attend; an "
            "independent domestic violence advocate (IDVA) represents her views. A MARAC does not replace child "
            "safeguarding procedures.</p>"
            "<p>SafeLives sets four routes to referral:</p>"
            "<ul><li><strong>Visible high risk:</strong> 14 or more “yes” answers on the DASH checklist.</li>"
            "<li><strong>Professional judgement:</strong> serious concerns even with fewer ticks, such as extreme "
            "fear, threats to kill, strangulation or stalking. Judgement can raise risk but should not lower a high "
            "score.</li>"
            "<li><strong>Potential escalation:</strong> commonly three or more incidents in 12 months, though local "
            "thresholds vary.</li>"
            "<li><strong>Repeat:</strong> a further incident within 12 months of the last referral, found by any "
            "agency.</li></ul>"
            "<p>The inspectors found health engagement with MARAC was inconsistent. Yet health often holds what no one "
            "else has: missed appointments, injuries seen in triage, who comes with her. Know your MARAC "
            "representative, flag records so repeats are spotted, act on MARAC actions, and hand over safely from "
            "midwife to health visitor. If you are unsure whether a case meets the criteria, talk to your "
            "safeguarding lead or the MARAC coordinator the same day rather than waiting for certainty.</p>",
        ),
        ("myth_fact", {"myth": "low-dash-score-low-risk"}),
        (
            "scenario",
            {
                "situation": (
                    "<p>You are a midwife in a maternity assessment unit. Jess is 30 weeks pregnant and has a "
                    "two-year-old son. She came in alone and the baby is well. She tells you her partner has become "
                    "more controlling since she became pregnant. He checks her phone, keeps her bank card and has said "
                    "he will kill her if she leaves. She does not want the police involved. Her DASH checklist has 9 "
                    "“yes” answers, and she is sure he means it.</p>"
                ),
                "question": "What should you do next?",
                "options": [
                    {
                        "text": "Record standard risk, give her a helpline number and ask her to get in touch if things get worse.",
                        "feedback": (
                            "This treats the score as the whole picture. A threat to kill and her fear justify a "
                            "referral on professional judgement, and her children need considering too."
                        ),
                        "is_best": False,
                    },
                    {
                        "text": "Promise that nothing will be shared, because she does not want the police involved.",
                        "feedback": (
                            "You cannot promise confidentiality when she and the children may be at serious risk. A "
                            "MARAC or children’s social care referral is not a police report. Explain honestly what you "
                            "will share and why."
                        ),
                        "is_best": False,
                    },
                    {
                        "text": (
                            "Refer to MARAC on professional judgement, offer an IDVA, refer to children’s social care "
                            "for the unborn baby and her son, agree safe contact, tell your safeguarding lead, and "
                            "explain each step to her."
                        ),
                        "feedback": (
                            "Best. Her fear and the threat to kill justify a MARAC referral. MARAC does not replace "
                            "child safeguarding, so the children’s social care referral is needed too. Being honest "
                            "with her at each step helps keep her trust."
                        ),
                        "is_best": True,
                    },
                    {
                        "text": "Wait until after the birth, when the health visitor can assess the home.",
                        "feedback": (
                            "Waiting leaves Jess, her son and the unborn baby at risk now. Act in pregnancy, which also "
                            "gives time to plan before the birth."
                        ),
                        "is_best": False,
                    },
                ],
            },
        ),
        (
            "case_study",
            {
                "case_study": "ed-coercive-control-referral",
                "prompt": (
                    "What made this emergency department referral strong? How would the same understanding of coercive "
                    "control, past abuse and isolation help you with a pregnant woman in triage or at a GP appointment?"
                ),
            },
        ),
        (
            "support",
            {
                "heading": "Support for you and the people you work with",
                "intro": (
                    "If this module has raised worries about your own safety, someone you know, or a child, these "
                    "services can help. In an emergency, call 999."
                ),
                "services": [
                    "emergency-999",
                    "national-domestic-abuse-helpline",
                    "mens-advice-line",
                    "galop",
                    "nspcc-helpline",
                    "respect-phoneline",
                ],
            },
        ),
        (
            "sources",
            {
                "sources": [
                    SRC_LETTER,
                    SRC_DAA_S3,
                    SRC_DASH_QUICK_START,
                    SRC_IN_PLAIN_SIGHT,
                    SRC_CHILDREN_ACT_S11,
                    SRC_INFO_SHARING,
                    SRC_BUCKS_MARAC,
                    SRC_MARAC_CRITERIA,
                    SRC_MARAC_DEFINITIONS,
                    SRC_MARAC_REPEAT,
                ]
            },
        ),
    ],
}

# ---------------------------------------------------------------------------------------------
# Quiz
# ---------------------------------------------------------------------------------------------

QUESTIONS = [
    {
        "kind": "multiple",
        "text": (
            "The 2017 inspection letter named two areas of health practice that needed strategic leadership. "
            "Which were they? Select all that apply."
        ),
        "explanation": (
            "<p>The inspectors asked for strategic leadership on consistent engagement with the multi-agency risk "
            "assessment conference (MARAC) across all health providers, and on a consistent approach to routine "
            "enquiry in pregnancy. They called routine enquiry key to early identification and assessment. Returns "
            "from general practices and referrals from perinatal mental health were both praised.</p>"
        ),
        "source": SRC_LETTER,
        "myth": None,
        "choices": [
            {
                "text": "Consistent engagement with the multi-agency risk assessment conference (MARAC) across all health providers",
                "correct": True,
                "feedback": "Correct. The inspectors found that MARAC engagement was not consistent across health providers.",
            },
            {
                "text": "A consistent approach to routine enquiry about domestic abuse in pregnancy",
                "correct": True,
                "feedback": "Correct. The inspectors said this was key to finding and assessing abuse early.",
            },
            {
                "text": "Returns of section 11 safeguarding audits from general practices",
                "correct": False,
                "feedback": "Not an area for improvement. The letter reported a 94% return rate from general practices and treated it as progress.",
            },
            {
                "text": "Referrals to children’s social care from the perinatal mental health service",
                "correct": False,
                "feedback": "Not an area for improvement. The letter named perinatal mental health among the services referring appropriately.",
            },
        ],
    },
    {
        "kind": "single",
        "text": (
            "At a booking appointment, the woman’s partner will not leave the room and her sister offers to "
            "interpret. What should you do about routine enquiry?"
        ),
        "explanation": (
            "<p>Ask about abuse only when the woman is alone, and use a professional interpreter. Guidance warns "
            "that family members or friends may be colluding with the abuse or causing it. If you cannot ask safely, "
            "do not ask: record why and create another chance soon.</p>"
        ),
        "source": SRC_INDEPENDENT_2013,
        "myth": None,
        "choices": [
            {
                "text": "Ask through her sister, because she is family and the woman trusts her.",
                "correct": False,
                "feedback": "Family and friends should never interpret questions about abuse. They may be colluding with it or causing it, and she cannot answer freely.",
            },
            {
                "text": "Ask the question in English while the partner is busy with paperwork.",
                "correct": False,
                "feedback": "She is not alone and may not understand. If the question is overheard, it could put her at risk after the appointment.",
            },
            {
                "text": "Do not ask today. Use a professional interpreter for her care, plan time alone with her soon, and record why you did not ask.",
                "correct": True,
                "feedback": "Correct. Ask only when she is alone and has a professional interpreter. Recording the reason stops the question being lost.",
            },
            {
                "text": "Record that she declined routine enquiry.",
                "correct": False,
                "feedback": "She did not decline; she was never safely asked. Recording it this way hides the concern and may stop colleagues asking later.",
            },
        ],
    },
    {
        "kind": "myth_fact",
        "text": "Most pregnant women would feel uncomfortable if a midwife asked them about domestic abuse.",
        "explanation": (
            "<p>In Salmon and colleagues’ study of women using maternity services, 94.4% were comfortable being "
            "asked about abuse by a midwife and 96.6% thought it was appropriate. Women expect to be asked.</p>"
        ),
        "source": SRC_SALMON,
        "myth": "asking-offends",
        "choices": [
            {
                "text": "Myth",
                "correct": True,
                "feedback": "Correct, this is a myth. Almost all women in the study were comfortable being asked by a midwife.",
            },
            {
                "text": "Fact",
                "correct": False,
                "feedback": "Not so. The evidence points the other way: 94.4% of women surveyed were comfortable being asked by a midwife.",
            },
        ],
    },
    {
        "kind": "single",
        "text": (
            "According to the 2020 joint statement by the Royal College of Midwives and the Royal College of "
            "Obstetricians and Gynaecologists, how does domestic abuse in pregnancy affect the risk of preterm birth "
            "and low birth weight?"
        ),
        "explanation": (
            "<p>The two royal colleges said that domestic abuse roughly doubles the risk of preterm birth and low "
            "birth weight. The unborn baby is harmed by abuse of the mother.</p>"
        ),
        "source": SRC_RCM_RCOG_2020,
        "myth": None,
        "choices": [
            {
                "text": "It has no measurable effect.",
                "correct": False,
                "feedback": "Incorrect. The colleges described a clear effect on both outcomes.",
            },
            {
                "text": "It roughly doubles the risk.",
                "correct": True,
                "feedback": "Correct. The joint statement said abuse roughly doubles the risk of both.",
            },
            {
                "text": "It raises the risk only slightly, by around a tenth.",
                "correct": False,
                "feedback": "Incorrect. The colleges described a much larger effect: roughly double the risk.",
            },
            {
                "text": "It affects low birth weight but not preterm birth.",
                "correct": False,
                "feedback": "Incorrect. The statement linked abuse with a higher risk of both outcomes.",
            },
        ],
    },
    {
        "kind": "single",
        "text": (
            "Which of these is treated as a risk factor on the Domestic Abuse, Stalking and Harassment and "
            "Honour-Based Violence (DASH) risk checklist?"
        ),
        "explanation": (
            "<p>The DASH checklist asks whether the victim is pregnant or has had a baby in the last 18 months. "
            "Pregnancy and the time after birth are treated as a period of added risk.</p>"
        ),
        "source": SRC_DASH_FORM,
        "myth": "pregnancy-protective",
        "choices": [
            {
                "text": "Being pregnant, or having had a baby in the last 18 months",
                "correct": True,
                "feedback": "Correct. This is one of the checklist questions.",
            },
            {
                "text": "Being pregnant, but only in the last three months of pregnancy",
                "correct": False,
                "feedback": "Incorrect. The question covers the whole pregnancy and the 18 months after a birth.",
            },
            {
                "text": "Having a baby under six weeks old, but not pregnancy itself",
                "correct": False,
                "feedback": "Incorrect. Pregnancy itself counts, as does having had a baby in the last 18 months.",
            },
            {
                "text": "Pregnancy does not appear on the checklist.",
                "correct": False,
                "feedback": "Incorrect. The checklist asks directly about pregnancy and recent birth.",
            },
        ],
    },
    {
        "kind": "myth_fact",
        "text": "Pregnancy is generally a protective time, when partners are less likely to be abusive.",
        "explanation": (
            "<p>The Royal College of Midwives and the Royal College of Obstetricians and Gynaecologists say abuse "
            "is more likely to begin or worsen in pregnancy. Studies from other countries differ on whether it "
            "becomes more frequent or severe, but pregnancy should never be taken as a sign of safety. The DASH "
            "checklist treats it as a risk factor.</p>"
        ),
        "source": SRC_RCM_RCOG_2020,
        "myth": "pregnancy-protective",
        "choices": [
            {
                "text": "Myth",
                "correct": True,
                "feedback": "Correct, this is a myth. Abuse can begin or worsen in pregnancy, and it harms the unborn baby as well as the mother.",
            },
            {
                "text": "Fact",
                "correct": False,
                "feedback": "Not so. The royal colleges say abuse is more likely to start or get worse in pregnancy, and risk checklists treat pregnancy as a risk factor.",
            },
        ],
    },
    {
        "kind": "multiple",
        "text": "After routine enquiry, which of these should you record? Select all that apply.",
        "explanation": (
            "<p>Good records let colleagues see patterns that one contact cannot show. Record whether she was alone, "
            "who was with her, the interpreter, her own words and every child, including the unborn baby. The "
            "inspectors gave an example where a woman’s written note mattered more than her tick: she answered “no” "
            "to abuse happening more often because it was happening all the time. Never record abuse where the "
            "person causing harm might read it.</p>"
        ),
        "source": SRC_LETTER,
        "myth": None,
        "choices": [
            {
                "text": "Whether she was seen alone, and who came with her",
                "correct": True,
                "feedback": "Correct. This shows whether the question could be asked safely, and helps colleagues spot a controlling pattern.",
            },
            {
                "text": "The interpreter’s name or reference number, if one was used",
                "correct": True,
                "feedback": "Correct. This shows a professional interpreter was used and lets the contact be checked later.",
            },
            {
                "text": "What she said, in her own words where possible",
                "correct": True,
                "feedback": "Correct. Her words carry detail that ticks and scores lose.",
            },
            {
                "text": "Every child in the household, including the unborn baby",
                "correct": True,
                "feedback": "Correct. Children are victims in their own right and must be visible in the record.",
            },
            {
                "text": "A note in the notes she carries home, so every professional can see it",
                "correct": False,
                "feedback": "Incorrect. Never record abuse where the person causing harm might read it. Follow your local policy on secure recording.",
            },
        ],
    },
    {
        "kind": "myth_fact",
        "text": (
            "Under the Domestic Abuse Act 2021, a child who sees, hears or experiences the effects of domestic abuse, "
            "and is related to the victim or the person causing harm, is a victim of domestic abuse in their own right."
        ),
        "explanation": (
            "<p>Section 3 of the Domestic Abuse Act 2021, fully in force from 31 January 2022, recognises such "
            "children, under 18, as victims. Keep older children, and the unborn baby who will be born into the "
            "household, in view.</p>"
        ),
        "source": SRC_DAA_S3,
        "myth": None,
        "choices": [
            {
                "text": "Myth",
                "correct": False,
                "feedback": "Not so. This is the law: section 3 of the Act recognises these children as victims.",
            },
            {
                "text": "Fact",
                "correct": True,
                "feedback": "Correct. The child must see, hear or experience the effects of the abuse and be related to either adult.",
            },
        ],
    },
    {
        "kind": "single",
        "text": (
            "A national review of maternal deaths in 2006–08 looked at 34 women who had been murdered or were known "
            "to be experiencing domestic abuse. What share of them had booked late or attended antenatal care poorly?"
        ),
        "explanation": (
            "<p>The <em>Saving Mothers’ Lives</em> review found that 38% had booked late or attended poorly, down "
            "from 56% in the previous review. Late booking and missed appointments are a reason to ask, kindly and in "
            "private.</p>"
        ),
        "source": SRC_SAVING_MOTHERS,
        "myth": None,
        "choices": [
            {
                "text": "About 5%",
                "correct": False,
                "feedback": "Incorrect. The share was much higher: 38%.",
            },
            {
                "text": "38%",
                "correct": True,
                "feedback": "Correct. Almost four in ten had booked late or attended poorly.",
            },
            {
                "text": "About 75%",
                "correct": False,
                "feedback": "Incorrect. The figure was 38%, down from 56% in the review before.",
            },
            {
                "text": "None; all of them attended regularly",
                "correct": False,
                "feedback": "Incorrect. Poor attendance and late booking were common among these women.",
            },
        ],
    },
    {
        "kind": "multiple",
        "text": (
            "Which of these are SafeLives criteria for referring a case to a multi-agency risk assessment conference "
            "(MARAC)? Select all that apply."
        ),
        "explanation": (
            "<p>SafeLives sets four criteria: visible high risk (14 or more “yes” answers on the DASH checklist), "
            "professional judgement, potential escalation and repeat referral. The victim does not attend the "
            "meeting; an independent domestic violence advocate (IDVA) represents her views.</p>"
        ),
        "source": SRC_MARAC_CRITERIA,
        "myth": None,
        "choices": [
            {
                "text": "Visible high risk: 14 or more “yes” answers on the DASH checklist",
                "correct": True,
                "feedback": "Correct. This is the visible high risk threshold SafeLives recommends.",
            },
            {
                "text": "Professional judgement",
                "correct": True,
                "feedback": "Correct. You can refer on judgement alone, explaining your concerns, whatever the score.",
            },
            {
                "text": "Potential escalation",
                "correct": True,
                "feedback": "Correct. This is commonly taken as three or more incidents in 12 months, though local thresholds vary.",
            },
            {
                "text": "Repeat: a further incident within 12 months of the last referral",
                "correct": True,
                "feedback": "Correct. Any agency can identify a repeat, which is why records should be flagged.",
            },
            {
                "text": "The victim agrees to attend the meeting",
                "correct": False,
                "feedback": "Incorrect. The victim does not attend a MARAC. An independent domestic violence advocate (IDVA) represents her views.",
            },
            {
                "text": "A police officer has confirmed that a crime took place",
                "correct": False,
                "feedback": "Incorrect. None of the four criteria needs police confirmation of a crime. Health and other agencies can refer.",
            },
        ],
    },
    {
        "kind": "single",
        "text": (
            "A woman says no when you ask about domestic abuse at booking, but you still have some concerns. What "
            "does the evidence suggest?"
        ),
        "explanation": (
            "<p>In Salmon and colleagues’ study, women who had been abused in pregnancy were glad to be asked, even "
            "when they did not disclose straight away. Being asked showed them they could tell a midwife later. "
            "Many victims seek help several times before they get help that works.</p>"
        ),
        "source": SRC_SALMON,
        "myth": "victims-would-tell",
        "choices": [
            {
                "text": "Asking was pointless and is likely to have offended her.",
                "correct": False,
                "feedback": "Incorrect. Women generally welcome the question, and a “no” still tells her she can come back to you.",
            },
            {
                "text": "She may not be ready to disclose yet, and being asked shows her she can tell you later.",
                "correct": True,
                "feedback": "Correct. Accept her answer, keep the door open and ask again at later contacts.",
            },
            {
                "text": "You should keep asking in the same appointment until she says yes.",
                "correct": False,
                "feedback": "Incorrect. Pressing her can feel unsafe and may damage trust. Ask again at a later contact.",
            },
            {
                "text": "You should ask her partner whether there are problems at home.",
                "correct": False,
                "feedback": "Incorrect. Raising abuse with a partner could alert the person causing harm and put her at risk.",
            },
        ],
    },
    {
        "kind": "myth_fact",
        "text": "If a DASH checklist has fewer than 14 “yes” answers, the case cannot be referred to a MARAC.",
        "explanation": (
            "<p>Fourteen “yes” answers is only one of four routes. SafeLives allows referral on professional "
            "judgement, on potential escalation and as a repeat, whatever the score. Judgement should never be used "
            "to lower a high score.</p>"
        ),
        "source": SRC_MARAC_DEFINITIONS,
        "myth": "low-dash-score-low-risk",
        "choices": [
            {
                "text": "Myth",
                "correct": True,
                "feedback": "Correct, this is a myth. Professional judgement, escalation and repeat are separate routes to MARAC.",
            },
            {
                "text": "Fact",
                "correct": False,
                "feedback": "Not so. You can refer on professional judgement, such as a threat to kill or extreme fear, even with fewer ticks.",
            },
        ],
    },
]


# ---------------------------------------------------------------------------------------------
# Module
# ---------------------------------------------------------------------------------------------

MODULE = {
    "title": "Routine enquiry about domestic abuse in pregnancy",
    "slug": "routine-enquiry-in-pregnancy",
    "summary": (
        "How to ask every pregnant woman about domestic abuse safely and alone, respond well when she tells you, "
        "and protect the unborn baby and other children through referral and multi-agency working."
    ),
    "overview": (
        "<p>Pregnancy brings women into regular, trusted contact with midwives, general practitioners (GPs), "
        "health visitors and other professionals. It is one of the best chances services have to find out about "
        "domestic abuse and to offer help early, for the woman, her unborn baby and any other children.</p>"
        "<p>When inspectors looked at how agencies in Hampshire protect children living with domestic abuse, they "
        "asked health leaders for a consistent approach to routine enquiry in pregnancy. They also asked every health "
        "provider to engage with the multi-agency risk assessment conference (MARAC), and to complete the Domestic "
        "Abuse, Stalking and Harassment and Honour-Based Violence (DASH) risk checklist when abuse is suspected or "
        "disclosed.</p>"
        "<p>This module covers why pregnancy matters, how to ask safely and alone, how to respond to a disclosure and "
        "record it, and how to refer to protect the unborn baby and other children, including through MARAC. It is "
        "for midwives, health visitors, GPs, perinatal mental health and emergency department staff, social workers "
        "and voluntary sector workers.</p>"
    ),
    "learning_outcomes": [
        "Explain why pregnancy and the months after birth matter for domestic abuse, including what the evidence does and does not show.",
        "Create time alone with every pregnant woman and ask about domestic abuse safely, using a professional interpreter when needed and never a family member or friend.",
        "Respond to a disclosure in a way that believes her, checks immediate safety and keeps responsibility with the person causing harm.",
        "Record routine enquiry and disclosures accurately and securely, including her own words and every child in the household.",
        "Refer concerns about the unborn baby and other children to children’s social care, and explain when and how to refer to a multi-agency risk assessment conference.",
    ],
    "sectors": ["health", "childrens_social_care", "voluntary_sector"],
    "duration_minutes": 35,
    "refresher_months": 36,
    "content_warning": (
        "This module discusses domestic abuse during pregnancy and after birth, including its effects on unborn "
        "babies and children, threats of serious harm and deaths of women in pregnancy. There are no graphic "
        "descriptions. Some people taking it will have their own experience of abuse. Take breaks when you need "
        "to. Support details are at the start of the first lesson and at the end of the module."
    ),
    "topics": [
        "pregnancy",
        "routine enquiry",
        "maternity",
        "disclosure",
        "interpreters",
        "risk assessment",
        "unborn child",
        "multi-agency risk assessment conference",
        "information sharing",
    ],
    "support_services": [
        "emergency-999",
        "national-domestic-abuse-helpline",
        "mens-advice-line",
        "galop",
        "karma-nirvana",
        "nspcc-helpline",
        "respect-phoneline",
        "ask-for-ani",
    ],
    "lessons": [LESSON_WHY_PREGNANCY, LESSON_ASKING, LESSON_RESPONDING, LESSON_REFERRAL],
    "quiz": {
        "title": "Check your understanding",
        "intro": (
            "<p>There are 12 questions. Some have one right answer, some ask you to select all that apply, and some "
            "ask whether a statement is a myth or a fact. You need 80% to pass. Every answer comes with feedback, so "
            "use it to check your thinking.</p>"
        ),
        "pass_mark": 80,
        "max_failed_attempts": 3,
        "questions": QUESTIONS,
    },
}
