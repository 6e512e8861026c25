"""Module: Coercive control: seeing the pattern, not the incident.

Plain Python data for `manage.py load_demo_content`. Facts come only from
/work/shared/content/FACTS.md and the Hampshire joint inspection letter (2017).
"n.d." marks a web page whose publication year is not known.
"""

# ---------------------------------------------------------------------------
# Sources (FACTS.md section 9 numbers in brackets)
# ---------------------------------------------------------------------------

_LETTER = {
    "title": "Joint targeted area inspection of the multi-agency response to abuse and neglect in Hampshire",
    "publisher": "Ofsted, CQC, HMIC and HMI Probation",
    "year": "2017",
    "url": "",
}

_NATIONAL_REPORT = {  # [SRC 39]
    "title": "The multi-agency response to children living with domestic abuse: Prevent, protect and repair",
    "publisher": (
        "Ofsted, Care Quality Commission, HM Inspectorate of Constabulary and Fire & Rescue Services, and HM "
        "Inspectorate of Probation"
    ),
    "year": "2017",
    "url": (
        "https://hmicfrs.justiceinspectorates.gov.uk/publications/multi-agency-response-to-children-living-with-domestic-abuse/"
    ),
}

_SCA_S76 = {  # [SRC 1]
    "title": (
        "Serious Crime Act 2015, Part 5: domestic abuse (section 76, controlling or coercive behaviour in an intimate "
        "or family relationship)"
    ),
    "publisher": "legislation.gov.uk",
    "year": "2015",
    "url": "https://www.legislation.gov.uk/ukpga/2015/9/part/5/crossheading/domestic-abuse?view=plain",
}

_HALLINANS = {  # [SRC 3]
    "title": "Controlling and coercive behaviour",
    "publisher": "Hallinans Solicitors",
    "year": "n.d.",
    "url": "https://hallinans.co.uk/post/controlling-and-coercive-behaviour",
}

_MILLS_REEVE = {  # [SRC 4]
    "title": "Controlling or coercive behaviour statutory guidance",
    "publisher": "Mills & Reeve (family and children blog)",
    "year": "2023",
    "url": (
        "https://mills-reeve.com/blogs/family-and-children/may-2023/controlling-or-coercive-behaviour-statutory-guidan"
    ),
}

_HO_RESPONSE = {  # [SRC 5]
    "title": "Controlling or coercive behaviour statutory guidance: government response",
    "publisher": "Home Office",
    "year": "2023",
    "url": (
        "https://www.gov.uk/government/consultations/controlling-or-coercive-behaviour-statutory-guidance/outcome/government-response-accessible"
    ),
}

_HAMPSHIRE_SCP = {  # [SRC 7]
    "title": "Domestic abuse toolkit: domestic abuse strategy",
    "publisher": "Hampshire Safeguarding Children Partnership",
    "year": "n.d.",
    "url": "https://hampshirescp.org.uk/professionals/toolkits/domestic-abuse/domestic-abuse-strategy-2/",
}

_FAMILY_LAW_WEEK = {  # [SRC 9]
    "title": "Domestic Abuse Act 2021: commencement of section 3 (children as victims)",
    "publisher": "Family Law Week",
    "year": "2022",
    "url": "https://familylawweek.co.uk/site.aspx?i=ed228107",
}

_CCB_DEFINITIONS = {  # [SRC 13]
    "title": "Crime types: controlling or coercive behaviour",
    "publisher": "Staffordshire Victims Gateway",
    "year": "n.d.",
    "url": "https://staffsvictimsgateway.org.uk/vg-crime-types-controlling-or-coercive-behaviour/",
}

_CCB_GUIDANCE_2015 = {  # [SRC 16]
    "title": (
        "Controlling or coercive behaviour in an intimate or family relationship: statutory guidance framework "
        "(excerpt)"
    ),
    "publisher": "Home Office",
    "year": "2015",
    "url": "https://trantor.is/content/BGv3quJLUXKpU3cz/xhtml/07_introduction1.xhtml",
}

_CCB_GUIDANCE_2023 = {  # [SRC 17]
    "title": "Coercive control (discussing the 2023 updated statutory guidance)",
    "publisher": "Linda C J Turner",
    "year": "2024",
    "url": "https://lindacjturner.com/2024/05/03/coercive-control",
}

_STARK = {  # [SRC 19]
    "title": "Coercive Control: How Men Entrap Women in Personal Life (Evan Stark)",
    "publisher": "Oxford University Press",
    "year": "2007",
    "url": "",
}

_SOLIHULL = {  # [SRC 21]
    "title": "Multi-agency procedures and practice guidance: domestic abuse",
    "publisher": "Solihull Safeguarding Children Partnership",
    "year": "n.d.",
    "url": "https://safeguardingsolihull.org.uk/lscp/multi-agency-procedures-and-practice-guidance/domestic-abuse/",
}

_RECORDED_CCB = {  # [SRC 22] secondary summary of ONS figures
    "title": "1 in 5 adults experience domestic abuse in their lifetime",
    "publisher": "Family Law Cafe",
    "year": "2023",
    "url": "https://familylawcafe.co.uk/2023/12/10/1-in-5-adults-experience-domestic-abuse-in-their-lifetime/",
}

_DARA = {  # [SRC 24]
    "title": "Police better equipped to spot controlling behaviour",
    "publisher": "College of Policing",
    "year": "2022",
    "url": "https://college.police.uk/article/police-better-equipped-spot-controlling-behaviour",
}

_DARA_PILOT = {  # [SRC 25]
    "title": "Piloting a new approach to domestic abuse frontline risk assessment (Wire and Myhill)",
    "publisher": "College of Policing",
    "year": "2018",
    "url": "",
}

_SAFELIVES_RESPONSE = {  # [SRC 41]
    "title": "SafeLives response to the joint inspection report on children living with domestic abuse",
    "publisher": "SafeLives",
    "year": "2017",
    "url": "https://safelives.org.uk/node/1176",
}

_INFO_SHARING = {  # [SRC 43]
    "title": "Information sharing (children’s safeguarding resources)",
    "publisher": "Safer Bradford",
    "year": "n.d.",
    "url": "https://saferbradford.co.uk/resources/childrens/information-sharing/",
}

_RCGP_INFO_SHARING = {  # [SRC 44]
    "title": "Safeguarding e-learning: information sharing",
    "publisher": "Royal College of General Practitioners",
    "year": "n.d.",
    "url": "https://elearning.rcgp.org.uk/mod/book/view.php?id=12531&chapterid=368",
}

_DULUTH = {  # [SRC 58]
    "title": "The Duluth wheel",
    "publisher": "Restored",
    "year": "n.d.",
    "url": "https://restored-uk.org/i-need-help/what-domestic-abuse/duluth-wheel/",
}

_SAFE_TOGETHER = {  # [SRC 61]
    "title": "Changing the focus for family violence with the Safe & Together model by David Mandel",
    "publisher": "CFL Solutions",
    "year": "n.d.",
    "url": (
        "https://cflsolutions.com.au/changing-the-focus-for-family-violence-with-the-safe-together-model-by-david-mandel/"
    ),
}

_NICE_QS116_1 = {  # [SRC 68]
    "title": (
        "Domestic violence and abuse quality standard. Quality statement 1: asking about domestic violence and abuse"
    ),
    "publisher": "National Institute for Health and Care Excellence",
    "year": "2016",
    "url": "https://nice.org.uk/guidance/qs116/chapter/Quality-statement-1-Asking-about-domestic-violence-and-abuse",
}

_DASH_FORM = {  # [SRC 81]
    "title": (
        "Domestic Abuse, Stalking and Harassment and Honour-Based Violence risk identification checklist (2009 police "
        "form)"
    ),
    "publisher": "Association of Chief Police Officers",
    "year": "2009",
    "url": "https://paperzz.com/doc/7134875/dash-risk-form",
}

_DASH_QUICK_START = {  # [SRC 90]
    "title": "Quick start guidance for the Dash risk checklist",
    "publisher": "SafeLives",
    "year": "n.d.",
    "url": "https://safelives.org.uk/resources-library/quick-start-guidance-for-dash-risk-checklist/",
}

_MARAC_CRITERIA = {  # [SRC 101]
    "title": "Marac referral criteria: definitions",
    "publisher": "SafeLives (copy hosted by docsbay.net)",
    "year": "n.d.",
    "url": "https://docsbay.net/marac-referral-criteria-definitions",
}

_SAFETY_IN_NUMBERS = {  # [SRC 112]
    "title": "Domestic violence victim support (reporting the Safety in Numbers evaluation)",
    "publisher": "The Guardian",
    "year": "2009",
    "url": "https://theguardian.com/society/2009/nov/25/domestic-violence-victim-support",
}

_GETTING_IT_RIGHT = {  # [SRC 125]
    "title": "Getting it right first time",
    "publisher": "SafeLives",
    "year": "2015",
    "url": "https://safelives.org.uk/policy-evidence/getting-it-right-first-time",
}

_IN_PLAIN_SIGHT = {  # [SRC 127]
    "title": "In plain sight: effective help for children exposed to domestic abuse",
    "publisher": "SafeLives",
    "year": "2014",
    "url": "https://safelives.org.uk/policy-evidence/effective-help-children-living-domestic-abuse",
}

_CHILDRENS_INSIGHTS = {  # [SRC 129]
    "title": "World Mental Health Day 2019: children’s insights data",
    "publisher": "SafeLives",
    "year": "2019",
    "url": "https://safelives.org.uk/world-mental-health-day-2019",
}

_FEMICIDE_2018 = {  # [SRC 132]
    "title": "The dangerous time for victims of domestic violence (reporting Femicide Census figures for 2018)",
    "publisher": "Head Topics",
    "year": "2020",
    "url": "https://headtopics.com/uk/the-dangerous-time-for-victims-of-domestic-violence-48992983",
}

_FEMICIDE_2022 = {  # [SRC 133]
    "title": "Femicide Census report on women killed by men in 2022 (news report)",
    "publisher": "Welsh Wave",
    "year": "2024",
    "url": "https://welshwave.co.uk/single.php?id=141967060",
}

_DA_STATUTORY_GUIDANCE = {  # [SRC 137]
    "title": "Domestic Abuse Act 2021: domestic abuse statutory guidance (accessible version)",
    "publisher": "Home Office",
    "year": "2022",
    "url": (
        "https://www.gov.uk/government/publications/domestic-abuse-act-2021/domestic-abuse-statutory-guidance-accessible-version"
    ),
}


# ---------------------------------------------------------------------------
# Lesson 1
# ---------------------------------------------------------------------------

_LESSON_1 = {
    "title": "Seeing the pattern, not the incident",
    "slug": "seeing-the-pattern",
    "summary": "Why coercive control is a pattern of behaviour, and why judging one incident at a time can hide it.",
    "body": [
        (
            "text",
            "<h2>Before you start</h2>"
            "<p>This module is about abuse in relationships and families, and how it affects children. Nothing is "
            "described in graphic detail. Even so, some of it may feel close to home. Many people who work in "
            "safeguarding have lived through abuse themselves, or care about someone who has.</p>"
            "<p>You can pause at any point and come back later. If anything here raises worries about your own safety, "
            "or about someone close to you, the services below can help. Your manager or safeguarding lead can also "
            "tell you about staff support in your organisation.</p>",
        ),
        (
            "support",
            {
                "heading": "Support is here if you need it",
                "intro": "These services are free and confidential. If anyone is in immediate danger, call 999.",
                "services": [
                    "emergency-999",
                    "national-domestic-abuse-helpline",
                    "mens-advice-line",
                    "galop",
                    "respect-phoneline",
                ],
            },
        ),
        (
            "text",
            "<h2>Why incidents can mislead</h2>"
            "<p>Most of our systems are built around incidents. A call comes in, someone attends, a form is completed, "
            "and the case is judged on what happened that day. Coercive control does not fit that shape. It is a way "
            "of running another person’s life, built from many acts that can each look minor on their own.</p>"
            "<p>Between 5 and 9 December 2016, Ofsted, the Care Quality Commission (CQC), Her Majesty’s Inspectorate "
            "of Constabulary (HMIC) and Her Majesty’s Inspectorate of Probation (HMI Probation) jointly inspected how "
            "agencies in Hampshire protect children, with a close look at children living with domestic abuse. Police "
            "completed a risk assessment using the Domestic Abuse, Stalking and Harassment and Honour-Based Violence "
            "(DASH) checklist for every incident. Yet inspectors found that officers too often weighed each risk on "
            "its own and concentrated on the call in front of them. History, the type of risk indicators, "
            "vulnerability and wider factors did not always get enough attention.</p>"
            "<p>In September 2017 the inspectorates published a national report on their joint inspections of how "
            "areas respond to children living with domestic abuse. It found that services were mostly reactive and "
            "driven by incidents, and it called for much more focus on the people causing harm.</p>"
            "<h2>What coercive control is</h2>"
            "<p>Government definitions split the idea into two parts.</p>"
            "<ul>"
            "<li><strong>Controlling behaviour</strong> is a set of acts that leave someone subordinate to, or "
            "dependent on, the abuser. It works by cutting them off from people who could help, using their money or "
            "abilities for the abuser’s own ends, taking away what they would need to be independent, to resist or to "
            "get away, and dictating how they live from one day to the next.</li>"
            "<li><strong>Coercive behaviour</strong> is an act, or a pattern of acts, such as assault, threats, "
            "humiliation or intimidation, used to harm, punish or frighten the person.</li>"
            "</ul>"
            "<p>Evan Stark, whose 2007 book shaped how the idea is understood, describes coercive control as a pattern "
            "of domination that need not involve physical violence. He compares the experience to being taken hostage. "
            "For the person living with it, each rule, check or threat adds to the ones before.</p>"
            "<h3>Keep the focus on the person causing harm</h3>"
            "<p>Coercive control is a choice made by the person who uses it. When the national report came out, "
            "SafeLives urged agencies to stop asking “why doesn’t she just leave?” and to ask “why doesn’t he stop?” "
            "instead. That shift belongs in your records too. Write about what the abuser did and the effect it had, "
            "rather than what the victim did or did not do.</p>"
            "<p>Statutory guidance is clear that anyone can be a victim of domestic abuse, whatever their sex, age, "
            "ethnicity, sexuality, income or background. The support services in this module include lines for men and "
            "for lesbian, gay, bisexual and trans people.</p>",
        ),
        ("myth_fact", {"myth": "why-doesnt-she-leave"}),
        ("myth_fact", {"myth": "only-physical"}),
        (
            "text",
            "<h2>What good practice looked like</h2>"
            "<p>The Hampshire inspectors singled out a referral from the Vulnerable Adults Safeguarding Team (VAST) in "
            "the Emergency Department at Southampton Hospital. They said it showed a clear grasp of risk. It named "
            "coercive control, it explained why earlier domestic abuse mattered, and it described the effect of the "
            "patient being cut off from other people.</p>"
            "<p>An emergency department is a fast-moving place, and the reason someone attends may have nothing "
            "obvious to do with abuse. The team still looked beyond the presenting problem and described the pattern. "
            "Any frontline professional can do the same.</p>",
        ),
        (
            "case_study",
            {
                "case_study": "ed-coercive-control-referral",
                "prompt": (
                    "As you read, note what this referral told the receiving service that a report of a single "
                    "incident would not."
                ),
            },
        ),
        (
            "key_points",
            {
                "heading": "Key points",
                "points": [
                    "Coercive control is a pattern of behaviour. Judge each incident against the history.",
                    (
                        "Controlling behaviour creates dependence; coercive behaviour uses threats, humiliation, "
                        "intimidation or assault to harm, punish or frighten."
                    ),
                    "There may be no physical violence at all, and the harm can still be serious.",
                    "Keep the abuser’s choices at the centre of what you write.",
                    "A strong referral describes the pattern, any previous abuse and the person’s isolation.",
                ],
            },
        ),
        (
            "sources",
            {
                "sources": [
                    _LETTER,
                    _NATIONAL_REPORT,
                    _CCB_DEFINITIONS,
                    _STARK,
                    _SAFELIVES_RESPONSE,
                    _DA_STATUTORY_GUIDANCE,
                ]
            },
        ),
    ],
}


# ---------------------------------------------------------------------------
# Lesson 2
# ---------------------------------------------------------------------------

_LESSON_2 = {
    "title": "What the law says",
    "slug": "what-the-law-says",
    "summary": (
        "The offence of controlling or coercive behaviour, the 2023 change for abuse after separation, and the "
        "statutory definition of domestic abuse."
    ),
    "body": [
        (
            "text",
            "<h2>The offence of controlling or coercive behaviour</h2>"
            "<p>Section 76 of the Serious Crime Act 2015 made controlling or coercive behaviour (CCB) in an intimate "
            "or family relationship a criminal offence. It came into force on 29 December 2015. Four things must be "
            "shown:</p>"
            "<ol>"
            "<li>the behaviour happens repeatedly or continuously;</li>"
            "<li>the two people are “personally connected”;</li>"
            "<li>the behaviour has a “serious effect” on the victim;</li>"
            "<li>the perpetrator knows, or ought to know, that it will have that effect.</li>"
            "</ol>"
            "<h3>What counts as a serious effect</h3>"
            "<p>There are two routes. In the first, the victim has feared, on at least two occasions, that violence "
            "would be used against them. In the second, the behaviour causes serious alarm or distress that has a "
            "substantial adverse effect on their usual day-to-day activities.</p>"
            "<p>The second route does not depend on any fear of violence. Think of someone who has given up work, "
            "stopped seeing friends, or rebuilt their whole routine around avoiding the abuser’s reaction. That change "
            "in their daily life is exactly what the law is looking at.</p>"
            "<h3>Other points to know</h3>"
            "<ul>"
            "<li>The Act does not define “controlling or coercive behaviour”. Statutory guidance gives examples, which "
            "lesson 3 covers.</li>"
            "<li>The offence can be tried in either a magistrates’ court or the Crown Court. The maximum sentence is "
            "five years’ imprisonment.</li>"
            "<li>There is a limited defence based on reasonableness, and it is for the accused to establish it.</li>"
            "<li>The offence does not apply where the perpetrator is responsible for a victim under 16. Child abuse "
            "law covers that situation instead.</li>"
            "</ul>"
            "<h2>The 2023 change: abuse after separation</h2>"
            "<p>As first written, the offence required former partners to be living together. Control that went on "
            "after one of them moved out was outside its reach. Section 68 of the Domestic Abuse Act 2021 changed the "
            "meaning of “personally connected”. Partners, former partners and family members are now covered whether "
            "or not they share a home.</p>"
            "<p>The change took effect on 5 April 2023. It does not reach back in time, so it applies to behaviour "
            "from that date onwards. The Home Office also refreshed its statutory guidance on CCB in 2023, after a "
            "public consultation.</p>",
        ),
        (
            "myth_fact",
            {
                "statement": (
                    "Since 5 April 2023, the coercive control offence can apply to an ex-partner who no longer lives "
                    "with the victim."
                ),
                "is_true": True,
                "explanation": (
                    "<p>This is a fact. The Domestic Abuse Act 2021 widened the meaning of “personally connected” so "
                    "that partners, ex-partners and family members are covered whether or not they live together. The "
                    "change applies to behaviour from 5 April 2023, not before.</p>"
                    "<p>In practice, control that carries on after someone leaves can now be investigated as part of "
                    "this offence. Examples include tracking where they go, turning up uninvited, or keeping tabs "
                    "through shared accounts.</p>"
                ),
                "sources": [_MILLS_REEVE],
            },
        ),
        (
            "myth_fact",
            {
                "statement": (
                    "A coercive control charge needs evidence that the victim was physically hurt on at least two "
                    "occasions."
                ),
                "is_true": False,
                "explanation": (
                    "<p>This is a myth. The “serious effect” test can be met in one of two ways: the victim feared "
                    "violence on at least two occasions, or they suffered serious alarm or distress that substantially "
                    "disrupted their usual day-to-day life. Neither route needs an injury.</p>"
                    "<p>Evidence about daily life, such as giving up a job, losing touch with family or changing "
                    "routines out of fear, can matter as much as evidence of violence. Notes made at the time by "
                    "practitioners can help show it.</p>"
                ),
                "sources": [_SCA_S76],
            },
        ),
        (
            "text",
            "<h2>The statutory definition of domestic abuse</h2>"
            "<p>The Domestic Abuse Act 2021 received Royal Assent on 29 April 2021. It created the first statutory "
            "definition of domestic abuse. Behaviour counts as domestic abuse when both people are aged 16 or over and "
            "personally connected, and the behaviour is abusive. Abusive behaviour can be any of the following:</p>"
            "<ul>"
            "<li>physical or sexual abuse;</li>"
            "<li>violent or threatening behaviour;</li>"
            "<li>controlling or coercive behaviour;</li>"
            "<li>economic abuse;</li>"
            "<li>psychological, emotional or other abuse.</li>"
            "</ul>"
            "<p>A single incident can be enough, and so can a course of conduct. Lesson 4 looks at how the same Act "
            "treats children as victims in their own right.</p>"
            "<h3>How often it reaches the police</h3>"
            "<p>According to a summary of Office for National Statistics (ONS) figures, police in England and Wales "
            "recorded 43,774 coercive control offences in the year ending March 2023. The year before, the figure was "
            "41,039. The ONS linked the rise to police getting better at recognising this kind of abuse. Treat these "
            "numbers with some caution, because they come from a secondary summary and only count offences that police "
            "recorded.</p>"
            "<h2>What this means for your role</h2>"
            "<p>Deciding whether the offence is made out is a job for police and prosecutors. What every practitioner "
            "can do is notice the pattern and write it down clearly. The parts of the offence show what is worth "
            "recording:</p>"
            "<ul>"
            "<li><strong>Repetition:</strong> dates, how often things happen, and whether they are getting worse.</li>"
            "<li><strong>Connection:</strong> the relationship, including former partners and other family "
            "members.</li>"
            "<li><strong>Effect:</strong> how the person’s daily life has changed, in their own words where "
            "possible.</li>"
            "<li><strong>Fear:</strong> whether they have feared violence, and on how many occasions.</li>"
            "</ul>"
            "<p>For police, this is what turns a string of apparently minor call-outs into a course of conduct. For "
            "everyone else, a clear, dated note can later support a victim’s account.</p>",
        ),
        (
            "key_points",
            {
                "heading": "Key points",
                "points": [
                    (
                        "Section 76 of the Serious Crime Act 2015 needs repeated or continuous behaviour, a personal "
                        "connection, a serious effect, and a perpetrator who knew or ought to have known it would have "
                        "that effect."
                    ),
                    (
                        "Serious effect means fear of violence on at least two occasions, or serious alarm or distress "
                        "that substantially affects daily life."
                    ),
                    "Since 5 April 2023, ex-partners and family members are covered whether or not they live together.",
                    "The maximum sentence is five years’ imprisonment.",
                    (
                        "The Domestic Abuse Act 2021 definition includes controlling or coercive behaviour and "
                        "economic abuse, and a single incident can count."
                    ),
                ],
            },
        ),
        (
            "sources",
            {
                "sources": [
                    _SCA_S76,
                    _HALLINANS,
                    _MILLS_REEVE,
                    _HO_RESPONSE,
                    _HAMPSHIRE_SCP,
                    _RECORDED_CCB,
                ]
            },
        ),
    ],
}


# ---------------------------------------------------------------------------
# Lesson 3
# ---------------------------------------------------------------------------

_LESSON_3 = {
    "title": "Everyday tactics of control",
    "slug": "everyday-tactics-of-control",
    "summary": "The behaviours named in statutory guidance, and how they can show up in your day-to-day work.",
    "body": [
        (
            "text",
            "<h2>Tactics named in statutory guidance</h2>"
            "<p>In December 2015 the Home Office published statutory guidance with the new offence. It lists "
            "behaviours that can form part of coercive control, and the list is not exhaustive. Grouped together, the "
            "examples include:</p>"
            "<ul>"
            "<li><strong>Isolation:</strong> cutting someone off from friends and family, stopping them getting "
            "support or medical care, and blocking their access to transport or work.</li>"
            "<li><strong>Monitoring and rules:</strong> keeping track of their time, including online or with spyware; "
            "deciding where they go, who they see, what they wear and when they sleep; and imposing rules that "
            "humiliate them.</li>"
            "<li><strong>Deprivation and money:</strong> withholding basic needs, and controlling money, for example "
            "by handing over a punitive allowance.</li>"
            "<li><strong>Degradation:</strong> putting them down again and again.</li>"
            "<li><strong>Threats:</strong> threatening to hurt or kill them or a child, or to expose private "
            "information, such as their sexuality.</li>"
            "<li><strong>Crime and violence:</strong> forcing them to take part in crime, damaging property, assault "
            "and rape.</li>"
            "</ul>"
            "<h3>What the 2023 guidance added</h3>"
            "<p>The updated guidance reflects how control has changed. New examples include:</p>"
            "<ul>"
            "<li>abuse connected to faith;</li>"
            "<li>economic abuse such as forcing someone into debt;</li>"
            "<li>controlling phones, other devices and passwords, and tracking where someone is;</li>"
            "<li>threats linked to a person’s immigration status or health;</li>"
            "<li>threatening to have them placed in an institution;</li>"
            "<li>stopping them learning a language or making friends outside their community.</li>"
            "</ul>"
            "<h2>What you might notice in your role</h2>"
            "<p>No single sign proves coercive control. Look for several together, and for the effect on the person. "
            "Some ways these tactics can surface:</p>"
            "<ul>"
            "<li><strong>Police:</strong> one person answers every question while the other glances at them before "
            "speaking, or mentions “house rules”.</li>"
            "<li><strong>Health, including general practitioners (GPs), midwives and mental health nurses:</strong> a "
            "partner who will not leave the room, or a patient who cannot collect a prescription because someone else "
            "holds the money.</li>"
            "<li><strong>Children’s social care and early help:</strong> a parent who cannot agree to anything without "
            "checking first.</li>"
            "<li><strong>Probation and youth justice:</strong> someone under supervision who talks about checking a "
            "partner’s phone or “keeping her in line”, or who blames the partner for everything.</li>"
            "<li><strong>Education:</strong> a child who is anxious about getting home on time, or a parent who never "
            "comes to school events alone.</li>"
            "<li><strong>Adult services and the voluntary sector:</strong> a relative who controls an older person’s "
            "money, or threatens them with a care home if they complain.</li>"
            "</ul>"
            "<h2>Compliance can be a sign of control</h2>"
            "<p>Hampshire’s family intervention team (FIT) pilot placed specialist domestic abuse workers inside child "
            "in need teams. Because these workers were directly involved in family homes, inspectors found that social "
            "workers learned more about how to spot compliance and control. The workers had seen a particular "
            "difference in cases involving coercion and controlling behaviour.</p>"
            "<p>The FIT workers used the “abuse wheel”, which comes from the Power and Control Wheel developed in 1981 "
            "by the Domestic Abuse Intervention Project in Duluth, Minnesota. They also shared poems with colleagues, "
            "such as “Why doesn’t she just leave”, to challenge myths about the emotional impact of abuse.</p>"
            "<p>A parent who agrees to everything may be managing risk at home rather than engaging freely. Ask who "
            "benefits from that agreement.</p>",
        ),
        (
            "case_study",
            {
                "case_study": "fit-pilot",
                "prompt": (
                    "What changed for social workers when a domestic abuse specialist worked alongside them in the "
                    "team?"
                ),
            },
        ),
        (
            "scenario",
            {
                "situation": (
                    "<p>You are a practice nurse in a general practice. Ms A, aged 34, comes in for a review of her "
                    "anxiety and poor sleep. Her partner comes into the room with her and answers most of your "
                    "questions. He mentions that she “gets muddled” about money, so he deals with it, and that she has "
                    "stopped seeing her sister because the sister is “a bad influence”. Ms A looks at him before she "
                    "answers anything. When you suggest seeing her on her own for part of the appointment, he says "
                    "there is no need.</p>"
                ),
                "question": "What is the best next step?",
                "options": [
                    {
                        "text": (
                            "Treat the anxiety, note that her partner is supportive and involved, and book a follow-up."
                        ),
                        "feedback": (
                            "Not the best choice. Her anxiety needs treating, but this misses signs of control over "
                            "money and over her contact with family. Describing the partner as supportive could also "
                            "mislead the next professional who reads the record."
                        ),
                        "is_best": False,
                    },
                    {
                        "text": (
                            "Tell the partner, in front of her, that his behaviour sounds controlling and that you "
                            "will be making a referral."
                        ),
                        "feedback": (
                            "Not safe. Challenging a possible abuser in front of her could raise the risk to her once "
                            "she leaves the surgery. It also takes away her chance to tell you anything in her own "
                            "words."
                        ),
                        "is_best": False,
                    },
                    {
                        "text": (
                            "Give a routine reason for seeing her alone, such as explaining that part of every review "
                            "is one-to-one. Then ask her kindly and directly about home, record what you saw and heard "
                            "in factual terms, and agree safe next steps with her and your safeguarding lead."
                        ),
                        "feedback": (
                            "Best choice. National quality standards say people showing signs of possible abuse should "
                            "be asked about it in a private discussion. A routine reason avoids singling her out. "
                            "Factual notes about who answered and what was said about money and her sister will help "
                            "whoever sees her next. Even if she says nothing today, she knows she can come back."
                        ),
                        "is_best": True,
                    },
                    {
                        "text": "Wait for her to raise it herself. If something were wrong, she would say so.",
                        "feedback": (
                            "Not the best choice. Many victims ask for help more than once before anyone responds "
                            "effectively. SafeLives found that 85% of victims had gone to professionals around five "
                            "times in the year before they got effective help. Waiting leaves the pattern unseen."
                        ),
                        "is_best": False,
                    },
                ],
            },
        ),
        ("myth_fact", {"myth": "victims-would-tell"}),
        (
            "reflection",
            {
                "prompt": (
                    "Think about a recent contact where someone’s partner or relative came with them, or did most of "
                    "the talking. What did you notice, what did you record, and what might you do differently now?"
                ),
                "hint": (
                    "You do not need to name anyone. Focus on what you observed, and what a pattern of control might "
                    "look like in that setting."
                ),
            },
        ),
        (
            "sources",
            {
                "sources": [
                    _CCB_GUIDANCE_2015,
                    _CCB_GUIDANCE_2023,
                    _LETTER,
                    _DULUTH,
                    _NICE_QS116_1,
                    _GETTING_IT_RIGHT,
                ]
            },
        ),
    ],
}


# ---------------------------------------------------------------------------
# Lesson 4
# ---------------------------------------------------------------------------

_LESSON_4 = {
    "title": "Children are victims in their own right",
    "slug": "children-are-victims",
    "summary": (
        "How the law recognises children as victims, how children live with coercive control, and how to record their "
        "experience."
    ),
    "body": [
        (
            "text",
            "<h2>What the law says about children</h2>"
            "<p>Section 3 of the Domestic Abuse Act 2021 recognises children as victims of domestic abuse. A child "
            "under 18 counts as a victim if they see or hear the abuse, or experience its effects, and they are "
            "related to either the person being abused or the person causing the harm. This section came fully into "
            "force on 31 January 2022.</p>"
            "<p>The child does not have to be in the room. A baby growing up in a home where one parent is frightened, "
            "watched and cut off from help is living with the effects too.</p>"
            "<h2>How children experience coercive control</h2>"
            "<p>Children do not only witness coercive control. Safeguarding guidance that draws on Dr Emma Katz’s "
            "research explains that children can be controlled directly. Their time and movements at home may be "
            "restricted, they may go without things they need, and they may be kept apart from the world outside, just "
            "as the adult victim is.</p>"
            "<p>In everyday terms, this might look like a child who is never allowed friends round, who must keep "
            "silent when the abuser is home, or who misses clubs and school trips because money is withheld. It might "
            "also mean being asked to report back on the other parent. A child living like this may become very "
            "watchful and careful.</p>"
            "<h3>What the figures show</h3>"
            "<ul>"
            "<li>In SafeLives’ 2019 children’s data, 87% of children had directly seen the abuse. About one in five "
            "had stepped in to try to stop physical abuse, and their average age was 10.</li>"
            "<li>SafeLives’ <em>In Plain Sight</em> report (2014) found that 62% of children exposed to domestic abuse "
            "were also directly harmed.</li>"
            "<li>The same report found that 80% of these children were known to at least one agency, but only half "
            "were known to children’s social care.</li>"
            "<li>SafeLives has reported that just under 71% of the highest-risk perpetrators are judged to pose a risk "
            "to their children.</li>"
            "</ul>"
            "<p>The Hampshire inspectors also noted that the impact on a child is sometimes not obvious straight away. "
            "A quiet, polite child in a tidy home may still be living under someone else’s rules.</p>",
        ),
        ("myth_fact", {"myth": "children-dont-notice"}),
        (
            "text",
            "<h2>Seeing and hearing the child</h2>"
            "<p>In the majority of police cases the Hampshire inspectors looked at, it was not clear whether the "
            "children had been seen, spoken to, or had their welfare assessed. By contrast, perinatal mental health "
            "services, child and adolescent mental health services (CAMHS) and health visitors recorded children’s "
            "voices and daily lives particularly well.</p>"
            "<p>Whatever your role, try to record for each child in the household:</p>"
            "<ul>"
            "<li>their name, their age and where they were at the time;</li>"
            "<li>whether you saw them and spoke with them, and if not, why not;</li>"
            "<li>what they said, in their own words;</li>"
            "<li>what they may have seen, heard or lived with, including rules, restrictions and fear;</li>"
            "<li>any change in sleep, eating, school attendance, friendships or behaviour.</li>"
            "</ul>"
            "<p>The DASH checklist is designed for adult victims. SafeLives advises that if you are worried about a "
            "child, you should make a separate referral so that the child’s own safety is properly assessed.</p>"
            "<h3>Supporting the non-abusive parent</h3>"
            "<p>Control over money, movement and contact with other people also limits what the other parent can do "
            "for their children. Be careful not to describe that parent as failing when the harm comes from someone "
            "else’s choices. The Safe &amp; Together model, developed by David Mandel, looks at the perpetrator’s "
            "pattern of behaviour, keeps the child at the centre, and aims to work in partnership with the "
            "non-offending parent.</p>",
        ),
        (
            "case_study",
            {
                "case_study": "police-children-not-seen",
                "prompt": "What would you need to know about each child to make a sound decision in this case?",
            },
        ),
        (
            "key_points",
            {
                "heading": "Key points",
                "points": [
                    (
                        "A child under 18 who sees, hears or experiences the effects of domestic abuse, and is related "
                        "to either adult, is a victim in law."
                    ),
                    (
                        "Children can be controlled directly: their time, movement, what they may have, and contact "
                        "with the outside world can all be restricted."
                    ),
                    "A calm or quiet child is not proof that all is well. The impact may take time to show.",
                    "See and speak with each child, and record their words, their daily life and any changes you "
                    "notice.",
                    "Make a separate referral for children; the DASH checklist is about the adult victim.",
                    "Keep the focus on the perpetrator’s choices, and work alongside the non-abusive parent.",
                ],
            },
        ),
        (
            "reflection",
            {
                "prompt": (
                    "Think of a family you have worked with where there was domestic abuse. What do you know about "
                    "what an ordinary day was like for each child? Whose account is that knowledge based on?"
                ),
                "hint": (
                    "If most of what you know came from the adults, consider how you, or a colleague, could hear from "
                    "the child directly."
                ),
            },
        ),
        (
            "sources",
            {
                "sources": [
                    _FAMILY_LAW_WEEK,
                    _HAMPSHIRE_SCP,
                    _SOLIHULL,
                    _CHILDRENS_INSIGHTS,
                    _IN_PLAIN_SIGHT,
                    _SAFELIVES_RESPONSE,
                    _LETTER,
                    _DASH_QUICK_START,
                    _SAFE_TOGETHER,
                ]
            },
        ),
    ],
}


# ---------------------------------------------------------------------------
# Lesson 5
# ---------------------------------------------------------------------------

_LESSON_5 = {
    "title": "After separation: what to record and share",
    "slug": "after-separation-record-and-share",
    "summary": (
        "Why control often continues after a relationship ends, and how to record and share what you see so others can "
        "act."
    ),
    "body": [
        (
            "text",
            "<h2>Leaving does not end control</h2>"
            "<p>Separation is a time of high risk. The Femicide Census found that 41% of women killed by a male "
            "partner or ex-partner in 2018 had separated from him or taken steps to do so. Of the women killed by a "
            "current or former partner in 2022, at least 40% were leaving or had already left. An evaluation of "
            "independent domestic violence adviser (IDVA) services found that three-quarters of the high-risk women "
            "supported no longer lived with the abuser.</p>"
            "<p>The 2023 change to the offence exists because control so often carries on after a couple separate. The "
            "tactics may simply change shape. Examples from the updated statutory guidance that fit this stage include "
            "tracking where someone is, controlling devices and passwords, forcing them into debt, and threats "
            "involving a child. Child contact can become a new route for control, and police risk checklists ask "
            "whether there is conflict over contact.</p>"
            "<p>The Safe &amp; Together model warns that a child’s safety is not automatically settled when the "
            "adults’ relationship ends.</p>"
            "<p>Risk tools can miss this stage too. A 2018 pilot of a new police risk assessment found that officers "
            "recorded more coercive control, but this did not always lead to the right risk grading, especially where "
            "someone was being stalked after separation.</p>",
        ),
        ("myth_fact", {"myth": "separation-ends-abuse"}),
        (
            "text",
            "<h2>What to record</h2>"
            "<p>Good records let the next person see the pattern. Aim to capture:</p>"
            "<ul>"
            "<li><strong>History:</strong> earlier incidents and agency contact, not just today’s event.</li>"
            "<li><strong>Tactics:</strong> how the abuser monitors, restricts, isolates, threatens or humiliates, "
            "including through technology and money.</li>"
            "<li><strong>Change over time:</strong> whether it is happening more often or getting worse, in the "
            "victim’s own words.</li>"
            "<li><strong>Effect:</strong> fear, and how daily life has changed.</li>"
            "<li><strong>Children:</strong> each child, whether they were seen and heard, and what they said.</li>"
            "<li><strong>Exact words:</strong> short direct quotes from the victim, any child and the person causing "
            "harm.</li>"
            "<li><strong>Actions:</strong> what you did, who you told, and how to make contact safely.</li>"
            "</ul>"
            "<p>In November 2022 the College of Policing launched the Domestic Abuse Risk Assessment (DARA), which "
            "gives more weight to coercive control. In pilots, the proportion of officers reaching the same risk "
            "decision as a domestic abuse expert rose by 38%. Some forces still use DASH. Whatever the tool, use it to "
            "tell the story, not just to produce a score.</p>",
        ),
        (
            "case_study",
            {
                "case_study": "dash-constant",
                "prompt": "What would a reader have concluded from the tick or score alone?",
            },
        ),
        (
            "text",
            "<h2>What to share, and how</h2>"
            "<p>The Hampshire inspectors asked for consistent use of DASH across agencies, and for the full DASH to be "
            "shared with children’s social care. Police referral forms carried the DASH outcome but not the detail, so "
            "a score could mislead and the Multi-Agency Safeguarding Hub (MASH) might not see the full risk.</p>"
            "<ul>"
            "<li>Share the full assessment and your own observations, not only a risk level.</li>"
            "<li>You can refer to a multi-agency risk assessment conference (MARAC) on professional judgement alone, "
            "even below the usual visible high-risk threshold of 14 “yes” answers. Explain your concerns clearly. "
            "Judgement should never be used to lower a high score.</li>"
            "<li>Make a separate referral for children, as lesson 4 explained.</li>"
            "<li>Safeguarding guidance is clear that worries about sharing information must not get in the way of "
            "protecting children. Data protection law, including the Data Protection Act 2018, is not a barrier where "
            "failing to share would put a child’s safety at risk.</li>"
            "<li>If you are unsure, follow local procedures and ask your safeguarding lead.</li>"
            "</ul>",
        ),
        (
            "scenario",
            {
                "situation": (
                    "<p>You are a probation officer supervising Mr D, who is on licence for an offence unrelated to "
                    "domestic abuse. He separated from his partner eight months ago. They have two children, aged 6 "
                    "and 9. In supervision he says his ex-partner is “turning the kids against me”. Almost in passing, "
                    "he mentions that he still pays for her phone contract “so I can see who she’s ringing”, that he "
                    "knows which supermarket she uses on Fridays, and that he waited outside the school last week to "
                    "“have a word”. He says he is doing nothing wrong because they are no longer together.</p>"
                ),
                "question": "What is the best response?",
                "options": [
                    {
                        "text": (
                            "Treat it as a child contact dispute for the family court, and keep supervision focused on "
                            "his licence conditions."
                        ),
                        "feedback": (
                            "Not the best choice. He is describing monitoring, tracking and turning up where his "
                            "ex-partner and children will be. Since April 2023 this can fall within the coercive "
                            "control offence, and it bears directly on his risk of harm."
                        ),
                        "is_best": False,
                    },
                    {
                        "text": (
                            "Record his words exactly, recognise a likely pattern of control after separation, and "
                            "share it promptly with police and children’s social care under your safeguarding "
                            "procedures, including what it may mean for each child. Address the behaviour with him in "
                            "supervision."
                        ),
                        "feedback": (
                            "Best choice. His own words show surveillance and use of the children’s school, and "
                            "recording them exactly keeps the evidence clear. Sharing promptly lets agencies who know "
                            "the ex-partner and children assess risk together, for example through the MASH or a MARAC "
                            "referral. Hampshire inspectors found some probation plans did not say how agencies would "
                            "protect the victim and children; this closes that gap."
                        ),
                        "is_best": True,
                    },
                    {
                        "text": "Tell Mr D you will be contacting his ex-partner to hear her side of the story.",
                        "feedback": (
                            "Not safe. Warning him first could increase the risk to her and the children. Any contact "
                            "with her should be planned with the agencies supporting her."
                        ),
                        "is_best": False,
                    },
                    {
                        "text": (
                            "Reassure him that things usually settle down after a break-up, and suggest he gives her "
                            "some space."
                        ),
                        "feedback": (
                            "Not the best choice. Separation is a high-risk period, and control often continues after "
                            "a relationship ends. Reassurance centres his feelings, not what he is doing to her and "
                            "the children."
                        ),
                        "is_best": False,
                    },
                ],
            },
        ),
        (
            "support",
            {
                "heading": "Support for you and for the people you work with",
                "intro": "Help for you, or for someone you support. In an emergency, call 999.",
                "services": [
                    "national-domestic-abuse-helpline",
                    "mens-advice-line",
                    "galop",
                    "karma-nirvana",
                    "respect-phoneline",
                    "nspcc-helpline",
                    "childline",
                    "ask-for-ani",
                    "emergency-999",
                ],
            },
        ),
        (
            "sources",
            {
                "sources": [
                    _FEMICIDE_2018,
                    _FEMICIDE_2022,
                    _SAFETY_IN_NUMBERS,
                    _MILLS_REEVE,
                    _CCB_GUIDANCE_2023,
                    _DASH_FORM,
                    _SAFE_TOGETHER,
                    _DARA_PILOT,
                    _DARA,
                    _LETTER,
                    _MARAC_CRITERIA,
                    _INFO_SHARING,
                    _RCGP_INFO_SHARING,
                ]
            },
        ),
    ],
}


# ---------------------------------------------------------------------------
# Quiz
# ---------------------------------------------------------------------------

_MYTH = "Myth"
_FACT = "Fact"

_QUESTIONS = [
    {
        "kind": "single",
        "text": (
            "A woman tells a police officer that her husband’s behaviour has left her too anxious to keep her job or "
            "take the children to school. She says she has never feared that he would hit her. Can her experience "
            "still meet the “serious effect” part of the section 76 offence?"
        ),
        "explanation": (
            "<p>Under section 76 of the Serious Crime Act 2015, a serious effect can be shown in two ways: the victim "
            "feared violence on at least two occasions, or the behaviour caused serious alarm or distress with a "
            "substantial adverse effect on their usual day-to-day activities.</p>"
        ),
        "source": _SCA_S76,
        "myth": None,
        "choices": [
            {
                "text": (
                    "Yes. Serious alarm or distress that substantially affects her usual day-to-day activities is "
                    "enough."
                ),
                "correct": True,
                "feedback": (
                    "Correct. This is one of the two routes to a serious effect, and it does not depend on fear of "
                    "violence."
                ),
            },
            {
                "text": "No. She must have feared violence on at least two occasions.",
                "correct": False,
                "feedback": (
                    "Fear of violence on two or more occasions is one route, but not the only one. Serious alarm or "
                    "distress that disrupts daily life is the other."
                ),
            },
            {
                "text": "No. There must be evidence of a physical injury.",
                "correct": False,
                "feedback": (
                    "The offence does not require an injury. It looks at the effect of a pattern of behaviour on the "
                    "victim."
                ),
            },
            {
                "text": "Only if the couple have separated.",
                "correct": False,
                "feedback": (
                    "Separation is not required. The offence covers people who are personally connected, whether they "
                    "are together or apart."
                ),
            },
        ],
    },
    {
        "kind": "single",
        "text": "What changed about the coercive control offence on 5 April 2023?",
        "explanation": (
            "<p>Section 68 of the Domestic Abuse Act 2021 removed the requirement for ex-partners to live together. "
            "Partners, ex-partners and family members are now covered whether or not they share a home, which brings "
            "abuse after separation within the offence. The change applies to behaviour from 5 April 2023.</p>"
        ),
        "source": _MILLS_REEVE,
        "myth": None,
        "choices": [
            {
                "text": "Partners, ex-partners and family members became covered whether or not they live together.",
                "correct": True,
                "feedback": "Correct. This extended the offence to control that continues after separation.",
            },
            {
                "text": "The maximum sentence rose from five years to ten.",
                "correct": False,
                "feedback": (
                    "This was not the 2023 change. The maximum sentence for the offence is five years’ imprisonment."
                ),
            },
            {
                "text": "Children under 16 could become victims of the offence.",
                "correct": False,
                "feedback": (
                    "The offence still does not apply where the perpetrator is responsible for a victim under 16. "
                    "Child abuse law covers that situation."
                ),
            },
            {
                "text": "The offence began to cover behaviour from before 2015.",
                "correct": False,
                "feedback": "The change is not retrospective. It applies to behaviour from 5 April 2023 onwards.",
            },
        ],
    },
    {
        "kind": "single",
        "text": (
            "What is the maximum prison sentence for controlling or coercive behaviour in an intimate or family "
            "relationship?"
        ),
        "explanation": (
            "<p>The offence can be tried in either a magistrates’ court or the Crown Court, and the maximum sentence "
            "is five years’ imprisonment.</p>"
        ),
        "source": _HALLINANS,
        "myth": None,
        "choices": [
            {
                "text": "Six months",
                "correct": False,
                "feedback": "Too low. The offence can be tried in the Crown Court, where the maximum is five years.",
            },
            {
                "text": "Two years",
                "correct": False,
                "feedback": "Too low. The maximum is five years’ imprisonment.",
            },
            {
                "text": "Five years",
                "correct": True,
                "feedback": "Correct. The maximum sentence is five years’ imprisonment.",
            },
            {
                "text": "Life imprisonment",
                "correct": False,
                "feedback": "Too high. The maximum for this offence is five years’ imprisonment.",
            },
        ],
    },
    {
        "kind": "single",
        "text": (
            "Which of these is not one of the kinds of abusive behaviour in the Domestic Abuse Act 2021 definition?"
        ),
        "explanation": (
            "<p>The statutory definition lists physical or sexual abuse; violent or threatening behaviour; controlling "
            "or coercive behaviour; economic abuse; and psychological, emotional or other abuse. Neglect is not on the "
            "list.</p>"
        ),
        "source": _HAMPSHIRE_SCP,
        "myth": None,
        "choices": [
            {
                "text": "Economic abuse",
                "correct": False,
                "feedback": "Economic abuse is one of the listed kinds of abusive behaviour.",
            },
            {
                "text": "Controlling or coercive behaviour",
                "correct": False,
                "feedback": "Controlling or coercive behaviour is named in the definition.",
            },
            {
                "text": "Neglect",
                "correct": True,
                "feedback": (
                    "Correct. Neglect is not one of the kinds listed. It can still occur alongside domestic abuse, and "
                    "Hampshire’s partnership was tracking how the two are linked."
                ),
            },
            {
                "text": "Psychological or emotional abuse",
                "correct": False,
                "feedback": "Psychological, emotional or other abuse is included in the definition.",
            },
        ],
    },
    {
        "kind": "single",
        "text": (
            "Hampshire inspectors praised a referral from the Vulnerable Adults Safeguarding Team in a hospital "
            "Emergency Department. What did it show an understanding of?"
        ),
        "explanation": (
            "<p>The inspectors said the referral showed a clear grasp of risk, including coercive control, the "
            "relevance of previous domestic abuse, and the impact of social isolation.</p>"
        ),
        "source": _LETTER,
        "myth": None,
        "choices": [
            {
                "text": (
                    "Coercive control, the relevance of previous domestic abuse, and the effect of social isolation"
                ),
                "correct": True,
                "feedback": (
                    "Correct. The referral described the pattern and its context, not just the reason for attending."
                ),
            },
            {
                "text": "The patient’s injuries on that day, described in detail",
                "correct": False,
                "feedback": (
                    "The praise was for recognising the wider pattern, not for recording a single day’s injuries."
                ),
            },
            {
                "text": "The patient’s risk score alone",
                "correct": False,
                "feedback": (
                    "The letter does not praise a score. It highlights understanding of control, history and isolation."
                ),
            },
            {
                "text": "The partner’s explanation of what had happened",
                "correct": False,
                "feedback": (
                    "The inspectors highlighted the team’s understanding of risk, not reliance on the partner’s "
                    "account."
                ),
            },
        ],
    },
    {
        "kind": "multiple",
        "text": (
            "Which of these are given as examples of controlling or coercive behaviour in Home Office statutory "
            "guidance? Select all that apply."
        ),
        "explanation": (
            "<p>The 2015 statutory guidance lists examples including monitoring someone’s time, controlling finances "
            "through a punitive allowance, and threats to reveal private information. The 2023 update added "
            "controlling devices and passwords, and location tracking. Ordinary disagreement between equals is not on "
            "the list.</p>"
        ),
        "source": _CCB_GUIDANCE_2015,
        "myth": None,
        "choices": [
            {
                "text": "Monitoring someone’s time, including online or with spyware",
                "correct": True,
                "feedback": "Correct. This is one of the examples in the 2015 guidance.",
            },
            {
                "text": "Controlling finances by giving a punitive allowance",
                "correct": True,
                "feedback": "Correct. Financial control of this kind is listed in the guidance.",
            },
            {
                "text": "Threatening to reveal private information, such as someone’s sexuality",
                "correct": True,
                "feedback": "Correct. Threats to expose private information are listed.",
            },
            {
                "text": "Tracking someone’s location and controlling their passwords",
                "correct": True,
                "feedback": "Correct. The 2023 updated guidance added these examples.",
            },
            {
                "text": "Two partners disagreeing about a household budget, where each feels free to say no",
                "correct": False,
                "feedback": (
                    "Not an example. Disagreement between equals, where neither is afraid and both can refuse, is not "
                    "controlling behaviour."
                ),
            },
        ],
    },
    {
        "kind": "multiple",
        "text": (
            "Under the Domestic Abuse Act 2021, which of these children count as victims of domestic abuse? Select all "
            "that apply."
        ),
        "explanation": (
            "<p>Under section 3 of the Act, a child under 18 is a victim if they see or hear the abuse, or experience "
            "its effects, and are related to the person being abused or the person causing harm. This came fully into "
            "force on 31 January 2022.</p>"
        ),
        "source": _FAMILY_LAW_WEEK,
        "myth": None,
        "choices": [
            {
                "text": "A 7-year-old who heard her father threatening her mother from upstairs",
                "correct": True,
                "feedback": "Correct. She heard the abuse and is related to both adults.",
            },
            {
                "text": "A baby living with the effects of her mother being controlled and cut off from help",
                "correct": True,
                "feedback": (
                    "Correct. Experiencing the effects of the abuse is enough. The child does not need to see or hear "
                    "it."
                ),
            },
            {
                "text": "A 17-year-old who saw her mother’s partner abusing her mother",
                "correct": True,
                "feedback": "Correct. She is under 18 and is related to her mother, the person being abused.",
            },
            {
                "text": "A neighbour’s child who heard shouting through the wall",
                "correct": False,
                "feedback": (
                    "Not under this section. The child must be related to the victim or the perpetrator. A neighbour’s "
                    "child may still need support."
                ),
            },
        ],
    },
    {
        "kind": "multiple",
        "text": (
            "A police officer attends a domestic abuse incident at a home where two children live. Which actions "
            "reflect the learning from the Hampshire inspection? Select all that apply."
        ),
        "explanation": (
            "<p>Inspectors asked for the full DASH to be shared with children’s social care, not just the outcome. "
            "They found that in most police cases it was unclear whether children had been seen or spoken to, and that "
            "officers too often focused on the incident in isolation rather than history and wider factors.</p>"
        ),
        "source": _LETTER,
        "myth": None,
        "choices": [
            {
                "text": "Share the full DASH with children’s social care, including the victim’s written comments",
                "correct": True,
                "feedback": (
                    "Correct. The detail shows what a score cannot, as the case of abuse happening constantly showed."
                ),
            },
            {
                "text": "Record whether each child was seen and spoken to, and what they said",
                "correct": True,
                "feedback": "Correct. This was unclear in most of the police cases the inspectors reviewed.",
            },
            {
                "text": "Take account of history and wider risk factors, not only the incident you are attending",
                "correct": True,
                "feedback": (
                    "Correct. Inspectors found officers too often looked at the current incident in isolation."
                ),
            },
            {
                "text": "Send only the overall risk rating, because the detail is confidential",
                "correct": False,
                "feedback": (
                    "Incorrect. Sending only the outcome meant the detail was lost, and the rating could mislead the "
                    "people deciding how to protect the children."
                ),
            },
        ],
    },
    {
        "kind": "myth_fact",
        "text": (
            "Once a couple have separated, the risk from coercive control, and the risk to the children, is over."
        ),
        "explanation": (
            "<p>This is a myth. Control often continues after separation, which is why the law changed on 5 April 2023 "
            "to cover ex-partners who no longer live together. Separation is a period of high risk, and children’s "
            "safety is not automatically settled when the adults’ relationship ends.</p>"
        ),
        "source": _MILLS_REEVE,
        "myth": "separation-ends-abuse",
        "choices": [
            {
                "text": _MYTH,
                "correct": True,
                "feedback": "Correct. Abuse and control often continue, or change form, after a relationship ends.",
            },
            {
                "text": _FACT,
                "correct": False,
                "feedback": (
                    "Not so. The offence was extended in 2023 precisely because control so often continues after "
                    "separation."
                ),
            },
        ],
    },
    {
        "kind": "myth_fact",
        "text": (
            "If a victim answers “no” when asked whether the abuse is happening more often, you can safely conclude "
            "that the risk is not escalating."
        ),
        "explanation": (
            "<p>This is a myth. In a case the Hampshire inspectors reviewed, a victim ticked “no” to this question and "
            "wrote underneath that it was because the abuse was happening constantly. The tick alone suggested no "
            "escalation, the opposite of the truth. Always read the detail.</p>"
        ),
        "source": _LETTER,
        "myth": None,
        "choices": [
            {
                "text": _MYTH,
                "correct": True,
                "feedback": "Correct. A single answer can hide the real picture. The victim’s own explanation matters.",
            },
            {
                "text": _FACT,
                "correct": False,
                "feedback": (
                    "Not so. In the Hampshire case, “no” meant the abuse was constant, so the score pointed the wrong "
                    "way."
                ),
            },
        ],
    },
    {
        "kind": "myth_fact",
        "text": (
            "Controlling or coercive behaviour can be domestic abuse under the Domestic Abuse Act 2021 even when there "
            "has been no physical violence."
        ),
        "explanation": (
            "<p>This is a fact. The statutory definition names controlling or coercive behaviour, economic abuse and "
            "psychological or emotional abuse alongside physical and sexual abuse. Physical violence is not "
            "required.</p>"
        ),
        "source": _HAMPSHIRE_SCP,
        "myth": None,
        "choices": [
            {
                "text": _MYTH,
                "correct": False,
                "feedback": (
                    "Not so. Controlling or coercive behaviour is named in its own right in the statutory definition."
                ),
            },
            {
                "text": _FACT,
                "correct": True,
                "feedback": (
                    "Correct. The definition covers non-physical abuse, including controlling or coercive behaviour."
                ),
            },
        ],
    },
    {
        "kind": "myth_fact",
        "text": (
            "Many victims of domestic abuse go to professionals for help several times before they receive effective "
            "support."
        ),
        "explanation": (
            "<p>This is a fact. SafeLives found that 85% of victims had sought help from professionals around five "
            "times in the year before they got effective help. Each contact is a chance to notice the pattern and "
            "ask.</p>"
        ),
        "source": _GETTING_IT_RIGHT,
        "myth": "victims-would-tell",
        "choices": [
            {
                "text": _MYTH,
                "correct": False,
                "feedback": (
                    "Not so. Victims often do reach out, sometimes many times, before anyone responds effectively."
                ),
            },
            {
                "text": _FACT,
                "correct": True,
                "feedback": (
                    "Correct. Most victims had already contacted professionals several times before getting effective "
                    "help."
                ),
            },
        ],
    },
]


# ---------------------------------------------------------------------------
# Module
# ---------------------------------------------------------------------------

MODULE = {
    "title": "Coercive control: seeing the pattern, not the incident",
    "slug": "coercive-control",
    "summary": (
        "Recognise coercive control as a pattern, understand the law and its effect on children, and know what to "
        "record and share, including after separation."
    ),
    "overview": (
        "<p>Coercive control is a pattern of behaviour that takes away a person’s freedom bit by bit. Each act can "
        "look small on its own, which is why responses built around single incidents so often miss it.</p>"
        "<p>This module is for everyone in frontline practice. It covers the criminal offence and the statutory "
        "definition of domestic abuse, the everyday tactics of control, children as victims in their own right, abuse "
        "after separation, and what to record and share. It draws on the 2017 joint inspection of Hampshire’s response "
        "to children living with domestic abuse, including examples of good practice and areas the inspectors wanted "
        "to see improve.</p>"
    ),
    "learning_outcomes": [
        (
            "Explain the offence of controlling or coercive behaviour, including the 2023 change covering abuse after "
            "separation and the five-year maximum sentence."
        ),
        (
            "Describe the statutory definition of domestic abuse in the Domestic Abuse Act 2021, and how it recognises "
            "children as victims in their own right."
        ),
        (
            "Recognise everyday tactics of control as they appear in your own work, and look at the pattern rather "
            "than the single incident."
        ),
        "Record each child’s experience of coercive control, in their own words where possible.",
        (
            "Record and share information about coercive control so that other agencies can see the full picture of "
            "risk."
        ),
    ],
    "sectors": [
        "police",
        "childrens_social_care",
        "health",
        "probation",
        "youth_justice",
        "education",
        "adult_services",
        "voluntary_sector",
    ],
    "duration_minutes": 35,
    "refresher_months": 36,
    "content_warning": (
        "This module discusses domestic abuse and coercive control, including its effects on children and the risks "
        "around separation. Nothing is described in graphic detail, but some content may be upsetting or stir up "
        "personal memories. You can pause at any time. Support services are listed at the start and end of the module."
    ),
    "topics": [
        "coercive control",
        "domestic abuse",
        "law",
        "children",
        "post-separation abuse",
        "recording",
        "information sharing",
    ],
    "support_services": [
        "emergency-999",
        "national-domestic-abuse-helpline",
        "mens-advice-line",
        "galop",
        "respect-phoneline",
        "karma-nirvana",
        "nspcc-helpline",
        "childline",
        "ask-for-ani",
    ],
    "lessons": [_LESSON_1, _LESSON_2, _LESSON_3, _LESSON_4, _LESSON_5],
    "quiz": {
        "title": "Check your understanding",
        "intro": (
            "<p>These twelve questions cover the main points from the lessons. You need 80% to pass. Every answer "
            "comes with feedback, so use it as part of your learning.</p>"
        ),
        "pass_mark": 80,
        "max_failed_attempts": 3,
        "questions": _QUESTIONS,
    },
}
