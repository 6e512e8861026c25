"""Module: Think family (adult mental health and substance misuse services and the children in the household).

Plain data only; see docs/content-format.md. Facts come from the shared fact brief and the
Hampshire joint targeted area inspection letter (1 February 2017).
"""

# ---------------------------------------------------------------------------
# Sources (plain dictionaries, reused below)
# ---------------------------------------------------------------------------

_LETTER = {
    "title": "Joint targeted area inspection of the multi-agency response to abuse and neglect in Hampshire",
    "publisher": "Ofsted, CQC, HMIC and HMI Probation",
    "year": "2017",
    "url": "",
}

_NATIONAL_REPORT = {
    "title": "The multi-agency response to children living with domestic abuse: prevent, protect and repair",
    "publisher": "Ofsted, Care Quality Commission, HM Inspectorate of Constabulary and Fire & Rescue Services, and HM Inspectorate of Probation",
    "year": "2017",
    "url": "https://www.hmicfrs.justiceinspectorates.gov.uk/publications/multi-agency-response-to-children-living-with-domestic-abuse/",
}

_DAA_S3 = {
    "title": "Domestic Abuse Act 2021: commencement of section 3 (children as victims)",
    "publisher": "Family Law Week",
    "year": "2022",
    "url": "https://www.familylawweek.co.uk/site.aspx?i=ed228107",
}

_IN_PLAIN_SIGHT = {
    "title": "In plain sight: effective help for children exposed to domestic abuse",
    "publisher": "SafeLives",
    "year": "2014",
    "url": "https://safelives.org.uk/policy-evidence/effective-help-children-living-domestic-abuse",
}

_SAFELIVES_INSIGHTS_CHILDREN = {
    "title": "Insights national briefing: children",
    "publisher": "SafeLives",
    "year": "2017",
    "url": "https://safelives.org.uk/insights-national-briefing-children",
}

_SAFELIVES_2019 = {
    "title": "World Mental Health Day 2019: children’s experiences of domestic abuse",
    "publisher": "SafeLives",
    "year": "2019",
    "url": "https://safelives.org.uk/world-mental-health-day-2019",
}

_SAFELIVES_2017 = {
    "title": "SafeLives response to the joint inspectorate report on children living with domestic abuse",
    "publisher": "SafeLives",
    "year": "2017",
    "url": "https://safelives.org.uk/node/1176",
}

_HIDDEN_HARM = {
    "title": "Hidden Harm: responding to the needs of children of problem drug users",
    "publisher": "Advisory Council on the Misuse of Drugs",
    "year": "2003",
    "url": "https://drugs.homeoffice.gov.uk/publication-search/acmd/hidden-harm",
}

_PARENTAL_DRUG_ALCOHOL = {
    "title": "Safeguarding and promoting the welfare of children affected by parental alcohol and drug use",
    "publisher": "Public Health England",
    "year": "2018",
    "url": "https://www.gov.uk/government/publications/safeguarding-children-affected-by-parental-alcohol-and-drug-use",
}

_CHILDREN_ACT_S11 = {
    "title": "Children Act 2004, section 11",
    "publisher": "legislation.gov.uk",
    "year": "2004",
    "url": "https://www.legislation.gov.uk/id/ukpga/2004/31/section/11",
}

_SCIE_GUIDE_30 = {
    "title": "Think child, think parent, think family: a guide to parental mental health and child welfare (SCIE Guide 30)",
    "publisher": "Social Care Institute for Excellence",
    "year": "2009",
    "url": "https://www.scie.org.uk/publications/guides/guide30/aboutthisguide.asp",
}

_SCIE_AT_A_GLANCE = {
    "title": "At a glance 9: Think child, think parent, think family",
    "publisher": "Social Care Institute for Excellence",
    "year": "2012",
    "url": "https://www.scie.org.uk/publications/ataglance/ataglance09.asp",
}

_NICE_QS116 = {
    "title": "Domestic violence and abuse (QS116), quality statement 1: asking about domestic violence and abuse",
    "publisher": "National Institute for Health and Care Excellence",
    "year": "2016",
    "url": "https://www.nice.org.uk/guidance/qs116/chapter/Quality-statement-1-Asking-about-domestic-violence-and-abuse",
}

_NICE_LGB20 = {
    "title": "Domestic violence and abuse: local government briefing (LGB20)",
    "publisher": "National Institute for Health and Care Excellence",
    "year": "2014",
    "url": "https://www.nice.org.uk/advice/lgb20/chapter/Introduction",
}

_LARA_VP = {
    "title": "LARA-VP: a resource to help mental health professionals identify and respond to domestic violence and abuse",
    "publisher": "LARA-VP project team",
    "year": "n.d.",
    "url": "https://docslib.org/doc/12070941/lara-vp-a-resource-to-help-mental-health-professionals-identify-and-respond-to-domestic-violence-and-abuse-dva",
}

_AGENDA_NEWS = {
    "title": "Routine questions about domestic abuse not being asked, charity warns",
    "publisher": "Sky News (via Yahoo News)",
    "year": "2019",
    "url": "https://uk.news.yahoo.com/routine-questions-domestic-abuse-not-being-asked-charity-070100672.html",
}

_AGENDA_MHT = {
    "title": "Mental health services not bothering with NICE guidelines to routinely enquire about abuse",
    "publisher": "Mental Health Today",
    "year": "2019",
    "url": "https://www.mentalhealthtoday.co.uk/news/awareness/mental-health-services-not-bothering-with-nice-guidelines-to-routinely-enquire-about-abuse",
}

_ALCOHOL_GUIDELINES = {
    "title": "UK clinical guidelines for alcohol treatment: 22. People experiencing or perpetrating domestic abuse",
    "publisher": "GOV.UK",
    "year": "2023",
    "url": "https://www.gov.uk/guidance/clinical-guidelines-for-alcohol-treatment/22-people-experiencing-or-perpetrating-domestic-abuse",
}

_CCB_GUIDANCE_2015 = {
    "title": "Controlling or coercive behaviour in an intimate or family relationship: statutory guidance framework",
    "publisher": "Home Office",
    "year": "2015",
    "url": "https://trantor.is/content/BGv3quJLUXKpU3cz/xhtml/07_introduction1.xhtml",
}

_DASH_QUICK_START = {
    "title": "SafeLives Dash risk checklist: quick start guidance",
    "publisher": "SafeLives",
    "year": "n.d.",
    "url": "https://safelives.org.uk/resources-library/quick-start-guidance-for-dash-risk-checklist/",
}

_PLYMOUTH_DASH = {
    "title": "SafeLives DASH risk indicator checklist",
    "publisher": "Plymouth Safeguarding Children Partnership",
    "year": "n.d.",
    "url": "https://plymouthscb.co.uk/safe-lives-dash-ric-checklist",
}

_INFO_SHARING = {
    "title": "Information sharing: advice for practitioners (2018), as summarised in safeguarding e-learning",
    "publisher": "Royal College of General Practitioners",
    "year": "2018",
    "url": "https://elearning.rcgp.org.uk/mod/book/view.php?id=12531&chapterid=368",
}

_BRANDON_2009 = {
    "title": "Understanding serious case reviews and their impact: a biennial analysis of serious case reviews 2005-07",
    "publisher": "Department for Children, Schools and Families",
    "year": "2009",
    "url": "https://vdocuments.mx/document/understanding-serious-case-reviews-and-their-impact-a-biennial-analysis-of-serious.html",
}

_SIDEBOTHAM = {
    "title": "Toxic terminology (Peter Sidebotham)",
    "publisher": "Association of Child Protection Professionals",
    "year": "n.d.",
    "url": "https://www.childprotectionprofessionals.org.uk/Blog/toxic-terminology",
}

_SKINNER_2021 = {
    "title": "The ‘toxic trio’ (domestic violence, substance misuse and mental ill-health): how good is the evidence base? Children and Youth Services Review 120, 105678",
    "publisher": "Skinner and colleagues (Elsevier)",
    "year": "2021",
    "url": "https://clok.uclan.ac.uk/36806/",
}

_COMMUNITY_CARE_2018 = {
    "title": "The ‘toxic trio’: what social workers need to know",
    "publisher": "Community Care",
    "year": "2018",
    "url": "https://www.communitycare.co.uk/2018/03/05/toxic-trio-social-workers-need-know/",
}

_SAFE_TOGETHER = {
    "title": "Changing the focus for family violence with the Safe & Together model, by David Mandel",
    "publisher": "CFL Solutions",
    "year": "n.d.",
    "url": "https://cflsolutions.com.au/changing-the-focus-for-family-violence-with-the-safe-together-model-by-david-mandel/",
}

_FIT_EVALUATION = {
    "title": "Social care innovations: Hampshire and Isle of Wight evaluation report",
    "publisher": "British Association of Social Workers",
    "year": "2017",
    "url": "https://www.basw.co.uk/resources/social-care-innovations-hampshire-and-isle-wight-evaluation-report",
}


# ---------------------------------------------------------------------------
# Lesson 1
# ---------------------------------------------------------------------------

_LESSON_1 = {
    "title": "Who else lives here? Thinking family from the first contact",
    "slug": "who-else-lives-here",
    "summary": "Why adult services need to know about the children in a household, and how to ask about them and about domestic abuse.",
    "body": [
        (
            "support",
            {
                "heading": "If this topic affects you",
                "intro": "This module talks about domestic abuse in general terms, without graphic detail. If any of it touches your own life, you are not alone. If you are in danger now, call 999.",
                "services": [
                    "emergency-999",
                    "national-domestic-abuse-helpline",
                    "mens-advice-line",
                    "galop",
                ],
            },
        ),
        (
            "text",
            "<h2>Why this matters for adult services</h2>"
            "<p>Many adults you see are parents or live with children. When there is domestic abuse at home, "
            "those children are affected too, even if they never come near your service.</p>"
            "<p>In December 2016, four inspectorates jointly examined how agencies in Hampshire protected "
            "children living with domestic abuse: Ofsted (the Office for Standards in Education, Children’s "
            "Services and Skills), the Care Quality Commission (CQC), Her Majesty’s Inspectorate of "
            "Constabulary (HMIC) and Her Majesty’s Inspectorate of Probation (HMI Probation). They judged the "
            "partnership strong overall, but said adult mental health and adult substance misuse services "
            "needed to improve:</p>"
            "<ul>"
            "<li>substance misuse records did not reliably show what the abuse meant for the children, or for "
            "the parents’ ability to keep them safe;</li>"
            "<li>referrals from adult mental health practitioners to children’s social care often lacked a "
            "clear analysis of the risk to the children and the effect on them, and a “think family” approach "
            "was not yet part of everyday practice;</li>"
            "<li>both services needed to play a fuller part, at frontline level, in local arrangements for "
            "safeguarding children.</li>"
            "</ul>"
            "<p>Good practice was close at hand: perinatal mental health, child and adolescent mental health "
            "services (CAMHS) and health visitors recorded children’s voices and daily lives particularly "
            "well.</p>"
            "<h2>The child is a victim in their own right</h2>"
            "<p>Since 31 January 2022, section 3 of the Domestic Abuse Act 2021 has treated a child under 18 as "
            "a victim of domestic abuse if they see it, hear it or live with its effects, and they are related "
            "to the adult being abused or the adult causing harm. A child does not need to be in the room, or "
            "to be physically hurt, to be harmed.</p>"
            "<p>These children are often already known to someone. SafeLives’ 2014 report <em>In Plain "
            "Sight</em> found that 62% of children exposed to domestic abuse were also harmed directly. Around "
            "80% were known to at least one agency, yet only about half were known to children’s social care. "
            "An adult service may well be that one agency.</p>"
            "<p>In 2003, the Advisory Council on the Misuse of Drugs (ACMD) estimated in its <em>Hidden "
            "Harm</em> report that between 250,000 and 350,000 children in the UK had a parent with a serious "
            "drug problem.</p>",
        ),
        (
            "myth_fact",
            {
                "statement": "My patient is the adult. Spotting risks to children is a job for children’s services.",
                "is_true": False,
                "explanation": (
                    "<p>This is a myth. <em>Working Together to Safeguard Children</em> (2018) rests on the "
                    "principle that safeguarding is everyone’s responsibility. Section 11 of the Children Act "
                    "2004 also requires listed bodies, including National Health Service (NHS) trusts, local "
                    "authorities, police and probation, to have regard to the need to safeguard and promote "
                    "children’s welfare.</p>"
                    "<p>You do not have to decide alone whether a child is being harmed. You do need to "
                    "notice, ask, record and share your concerns.</p>"
                ),
                "sources": [_PARENTAL_DRUG_ALCOHOL, _CHILDREN_ACT_S11],
            },
        ),
        (
            "text",
            "<h2>Ask who else lives in the household</h2>"
            "<p>The Social Care Institute for Excellence (SCIE) first published its guide <em>Think child, "
            "think parent, think family</em> in 2009. Its key messages include that "
            "screening in adult mental health services should reliably identify and record whether an adult "
            "is a parent, and that practitioners should listen to parents and to children.</p>"
            "<p>Build these questions into every assessment and review:</p>"
            "<ul>"
            "<li>Do you have children? How old are they, and where do they live?</li>"
            "<li>Who else lives with you, including a partner who stays some of the time?</li>"
            "<li>Do any children stay over or visit often? Is anyone at home pregnant?</li>"
            "<li>Who looks after the children when you are unwell, in hospital or using?</li>"
            "<li>How are things at home between the adults?</li>"
            "</ul>"
            "<p>Record the answers in the same place each time and keep them current: households "
            "change.</p>"
            "<h3>Ask about domestic abuse as a matter of routine</h3>"
            "<p>The National Institute for Health and Care Excellence (NICE) notes in its quality standard on "
            "domestic violence and abuse (QS116) that mental health and drug and alcohol settings see more "
            "people with signs of abuse. The LARA-VP resource (Linking Abuse and Recovery through Advocacy for "
            "Victims and Perpetrators) cites UK surveys estimating that 69% of women and 49% of men with severe "
            "mental illness who are in contact with services have experienced domestic violence and abuse.</p>"
            "<p>Yet asking is patchy. A 2019 Freedom of Information request by the charity Agenda "
            "found that 15 of the 42 mental health trusts that replied had no routine enquiry policy, and one "
            "trust had asked only 3% of its patients. NICE guidance, as quoted in news reports of that work, "
            "expects trained mental health staff to ask routinely, even when nothing points to abuse. The UK "
            "clinical guidelines for alcohol treatment say asking should be a normal part of the job, because "
            "people in treatment include many victims and many perpetrators.</p>"
            "<p>Ask when you are alone with the person, and explain that you ask everyone. If the answer is "
            "no today, make it clear they can come back to you.</p>",
        ),
        ("myth_fact", {"myth": "mental-illness-unreliable"}),
        (
            "reflection",
            {
                "prompt": "Think about the last few assessments you completed or read. From the record alone, could you tell who lived in the household, and whether anyone had asked about domestic abuse?",
                "hint": "If the honest answer is ‘not often’, note one change you could make this week, such as adding a household question to your review template.",
            },
        ),
        (
            "key_points",
            {
                "heading": "Key points",
                "points": [
                    "Children who see, hear or live with the effects of domestic abuse are victims in their own right.",
                    "Ask every adult whether they are a parent and who lives in or visits the home.",
                    "Ask about domestic abuse routinely and in private, and take what people tell you seriously.",
                ],
            },
        ),
        (
            "sources",
            {
                "sources": [
                    _LETTER,
                    _DAA_S3,
                    _IN_PLAIN_SIGHT,
                    _HIDDEN_HARM,
                    _PARENTAL_DRUG_ALCOHOL,
                    _CHILDREN_ACT_S11,
                    _SCIE_GUIDE_30,
                    _SCIE_AT_A_GLANCE,
                    _NICE_QS116,
                    _LARA_VP,
                    _AGENDA_MHT,
                    _AGENDA_NEWS,
                    _ALCOHOL_GUIDELINES,
                ]
            },
        ),
    ],
}


# ---------------------------------------------------------------------------
# Lesson 2
# ---------------------------------------------------------------------------

_LESSON_2 = {
    "title": "Parental capacity and the child’s lived experience",
    "slug": "parental-capacity",
    "summary": "How domestic abuse, mental ill health and substance use affect parenting, and how to write records that show the child.",
    "body": [
        (
            "text",
            "<h2>What parental capacity means when there is domestic abuse</h2>"
            "<p>Parental capacity is a parent’s ability to meet their child’s needs and keep them safe. In "
            "Hampshire, inspectors found that adult substance misuse records did not consistently show what "
            "domestic abuse meant for the children, or for the parents’ capacity to protect them. A record can "
            "describe a client’s drinking in detail and still say nothing about the toddler at home.</p>"
            "<p>When you think about capacity, keep three people in view, not one.</p>"
            "<ul>"
            "<li><strong>The parent who is being abused.</strong> Home Office guidance on controlling or "
            "coercive behaviour lists tactics such as cutting someone off from friends and family, limiting "
            "their money, controlling when they sleep and stopping them getting medical help. Each of these "
            "can make everyday parenting harder. Look for what they already do to protect "
            "their children, and write it down.</li>"
            "<li><strong>The parent who is causing harm.</strong> Abusing a child’s other parent harms the "
            "child’s home, their sense of safety and their relationship with the parent being hurt. SafeLives "
            "has reported that just under 71% of perpetrators at the highest level of risk are judged to pose "
            "a risk to their children too. If this person is your client, their behaviour towards the family "
            "belongs in your assessment.</li>"
            "<li><strong>Each child.</strong> What is an ordinary day like for them, and who comforts them "
            "when they are frightened?</li>"
            "</ul>"
            "<h2>What the child experiences</h2>"
            "<p>Children living with domestic abuse usually know far more than adults assume. In SafeLives’ "
            "2019 figures on children, 87% had directly seen the abuse. Around one in five had stepped in to "
            "try to stop physical abuse, at an average age of 10, and 32% showed effects on their mental "
            "health. SafeLives has also found that 41% of children in these families had lived with abuse "
            "since they were born.</p>"
            "<p>NICE has highlighted research showing that domestic violence between parents is the trauma "
            "children report most often. Hampshire inspectors noted that the effect on a child is not always "
            "visible straight away.</p>"
            "<p>A parent’s mental ill health or substance use can add to what a child carries, for example "
            "checking a parent has taken medication or looking after younger siblings. These caring roles "
            "belong in the record.</p>",
        ),
        ("myth_fact", {"myth": "alcohol-causes-abuse"}),
        (
            "text",
            "<h2>Records that show the child</h2>"
            "<p>Aim for a record that would let a social worker, a GP or an inspector picture the child’s day "
            "months later. Include:</p>"
            "<ul>"
            "<li>each child’s name, age and where they live, and any unborn baby;</li>"
            "<li>where the children were during incidents you hear about, and what they may have seen or "
            "heard;</li>"
            "<li>who looks after them when your client is unwell, intoxicated or in hospital;</li>"
            "<li>what the person causing harm does, described plainly, instead of phrases such as “volatile "
            "relationship” that hide who is doing what;</li>"
            "<li>how the abuse affects your client’s treatment, for example missed appointments, always being "
            "accompanied, or relapse after incidents;</li>"
            "<li>the protective steps the non-abusing parent is already taking;</li>"
            "<li>what you did, who you told, and why.</li>"
            "</ul>"
            "<p>When it is safe, record a child’s own words and wishes, or ask colleagues who see the child. "
            "Inspectors valued exactly this in perinatal mental health, CAMHS and health visiting records.</p>",
        ),
        (
            "scenario",
            {
                "situation": (
                    "<p>You are a recovery worker in a community alcohol service. Dani, 29, has been in "
                    "treatment for three months. She has two children, Mia, who is 8, and Kai, who is 3.</p>"
                    "<p>Today Dani tells you she has cut down her drinking “to keep the peace”, because her "
                    "partner Lee gets “wound up” when she has had a drink. She mentions that Mia has started "
                    "putting Kai to bed on the nights when things get loud. Lee usually waits for Dani in the "
                    "car park.</p>"
                ),
                "question": "What is the best next step?",
                "options": [
                    {
                        "text": "Record that alcohol sets off the arguments, and focus the care plan on helping Dani stay sober so home life settles down.",
                        "feedback": "This treats Dani’s drinking as the reason for Lee’s behaviour, but problem drinking alone does not directly cause domestic abuse. Lee is responsible for what he does, and this plan ignores what Mia and Kai are living through.",
                        "is_best": False,
                    },
                    {
                        "text": "See Dani alone. Ask calmly and directly what Lee does, whether she and the children are safe, and about Mia’s role at night. Then talk to your safeguarding lead and make a referral to children’s social care that explains what this means for each child.",
                        "feedback": "This is the best response. It keeps Dani safe while you ask, puts the children’s experience at the centre, and moves from noticing to acting. Mia is taking on an adult’s role at times of conflict, and both children may be hearing abuse, which makes them victims in their own right. Offer Dani details of specialist support, such as the National Domestic Abuse Helpline.",
                        "is_best": True,
                    },
                    {
                        "text": "Invite Lee in from the car park so that you can hear his side and work on the relationship together.",
                        "feedback": "Joint sessions are not safe when one partner may be abusing the other. Talking to Lee now could alert him to what Dani has said and increase the risk to her and the children. Your first task is their safety.",
                        "is_best": False,
                    },
                    {
                        "text": "Wait until Dani says clearly that she is being abused before raising anything about the children.",
                        "feedback": "Many people never use the word ‘abuse’ about their own lives, and waiting leaves Mia and Kai without help. You already know something about the children’s experience that needs exploring, recording and sharing with your safeguarding lead.",
                        "is_best": False,
                    },
                ],
            },
        ),
        (
            "key_points",
            {
                "heading": "Key points",
                "points": [
                    "Think about capacity with three people in view: the parent being harmed, the parent causing harm, and each child.",
                    "Alcohol and drugs do not cause domestic abuse; the person causing harm is responsible for it.",
                    "Good records describe the child’s day, the perpetrator’s behaviour and the protective steps the non-abusing parent takes.",
                ],
            },
        ),
        (
            "sources",
            {
                "sources": [
                    _LETTER,
                    _CCB_GUIDANCE_2015,
                    _SAFELIVES_2017,
                    _SAFELIVES_2019,
                    _SAFELIVES_INSIGHTS_CHILDREN,
                    _NICE_LGB20,
                    _ALCOHOL_GUIDELINES,
                    _DAA_S3,
                ]
            },
        ),
    ],
}


# ---------------------------------------------------------------------------
# Lesson 3
# ---------------------------------------------------------------------------

_LESSON_3 = {
    "title": "Referrals that analyse the risk to the child",
    "slug": "referrals-that-analyse-risk",
    "summary": "How to turn a concern into a referral to children’s social care that explains what is happening to each child and why it matters.",
    "body": [
        (
            "text",
            "<h2>From description to analysis</h2>"
            "<p>A referral should help a social worker understand, quickly, what life is like for this child "
            "and why you are worried. In Hampshire, inspectors found that referrals from "
            "adult mental health practitioners did not consistently set out a clear analysis of the risk to the "
            "children or the impact on them.</p>"
            "<p>Health services were also not routinely completing a full domestic abuse risk assessment when "
            "abuse was suspected or disclosed. Inspectors said one would give a firmer basis for decisions to "
            "protect a child or an unborn baby.</p>"
            "<p>A description says what happened. An analysis says what it means for this child, and why.</p>",
        ),
        (
            "case_study",
            {
                "case_study": "adult-mental-health-referral",
                "prompt": "What would a social worker still need to know about each child after reading a referral like this?",
            },
        ),
        (
            "text",
            "<h2>What a good referral contains</h2>"
            "<ol>"
            "<li><strong>Who is in the household.</strong> Every child, with age and school or nursery, any "
            "pregnancy, and every adult, including partners who come and go.</li>"
            "<li><strong>What is happening.</strong> The abusive behaviour, who is doing it, and its history "
            "and pattern, including controlling behaviour as well as violence.</li>"
            "<li><strong>What it means for each child.</strong> What they have seen, heard or lived with, "
            "changes in behaviour or sleep, caring roles, and how your client’s mental health or substance use "
            "affects their care. Inspectors asked that plans for large families show each child’s own needs; "
            "the same applies to referrals.</li>"
            "<li><strong>What is keeping the child safe.</strong> The non-abusing parent’s strengths and "
            "protective steps, and other supportive adults and services.</li>"
            "<li><strong>Your professional judgement.</strong> What you think the risk is and why, including "
            "anything getting worse.</li>"
            "<li><strong>What you are asking for</strong> and what you will do next.</li>"
            "</ol>"
            "<h3>Risk checklists and the children</h3>"
            "<p>The Domestic Abuse, Stalking and Harassment and Honour-Based Violence (DASH) risk checklist helps "
            "practitioners identify adult victims at high risk, whose cases should go to a multi-agency risk "
            "assessment conference (MARAC). SafeLives’ guidance says that if you are worried about a child, "
            "you should make a separate referral so the child’s safety and welfare are fully assessed. Local guidance also makes clear that a MARAC does not "
            "replace child safeguarding procedures.</p>"
            "<p>If you complete a DASH, share the whole document, not just the score. Hampshire inspectors "
            "asked agencies to give children’s social care the full assessment, because a score alone can hide "
            "what lies behind the answers.</p>"
            "<h3>Sharing information</h3>"
            "<p>Confidentiality can feel like a reason to hold back; the statement below sets out what the "
            "law says. Whatever you share, think about the adult victim’s safety too.</p>"
            "<h3>After you refer</h3>"
            "<p>In Hampshire, referrals went to the Children’s Reception Team and the multi-agency "
            "safeguarding hub (MASH), where agencies share information and agree next steps. Inspectors found "
            "that strategy discussions were timely and routinely included children’s social care, police and "
            "health, but other partners took part inconsistently.</p>"
            "<p>Expect to be asked to contribute. Your knowledge of the parent’s mental health or substance "
            "use is exactly what these discussions need.</p>",
        ),
        (
            "myth_fact",
            {
                "statement": "Data protection law does not prevent you sharing information about a family when not sharing it would put a child’s safety at risk.",
                "is_true": True,
                "explanation": (
                    "<p>This is a fact. The government’s 2018 advice on information sharing is clear that the "
                    "General Data Protection Regulation (GDPR) and the Data Protection Act 2018 are not "
                    "barriers where failing to share would compromise a child’s safety.</p>"
                    "<p>Share what is relevant with the people who need it, and record your decision and your "
                    "reasons. Your safeguarding lead can help.</p>"
                ),
                "sources": [_INFO_SHARING],
            },
        ),
        (
            "scenario",
            {
                "situation": (
                    "<p>You are a community mental health nurse and care coordinator for Mark, 41, who has "
                    "bipolar disorder and has been well for a year. At a routine review he tells you that his "
                    "partner, Sara, has taken their children, aged 6 and 11 months, to her mother’s after he "
                    "“lost it” and smashed the television.</p>"
                    "<p>He says it was stress, that it is “just my illness”, and that he wants the family back. "
                    "Sara phoned the team twice in the last two months asking about his medication.</p>"
                ),
                "question": "What should your response include?",
                "options": [
                    {
                        "text": "Accept that his illness explains what happened, arrange a medication review, and note that the children are safe because they are staying elsewhere.",
                        "feedback": "Mark’s mental health matters, but it does not excuse frightening behaviour towards his family. The children moving out does not end the risk, especially as he wants them back, and nothing here looks at what they saw or heard.",
                        "is_best": False,
                    },
                    {
                        "text": "Send a short referral to children’s social care saying the service user reports a domestic incident and the children may be at risk.",
                        "feedback": "Sharing the concern is right, but this describes without analysing. It does not name the children, describe Mark’s behaviour or its history, or say what your knowledge of him adds. This is the gap inspectors found.",
                        "is_best": False,
                    },
                    {
                        "text": "Explore what has happened before and where the children were. Agree with your safeguarding lead when to tell Mark you are sharing concerns, so Sara is not put at more risk. Refer, naming each child, describing his behaviour and its history, and analysing the risk. Offer Mark the Respect Phoneline.",
                        "feedback": "This is the best response. It keeps Sara and the children at the centre, treats Mark’s behaviour as his responsibility, looks at history rather than one incident, and gives children’s social care an analysis they can act on. Offering Mark help to change sits alongside safeguarding; it does not replace it.",
                        "is_best": True,
                    },
                    {
                        "text": "Keep this within the care team for now, because a referral could damage Mark’s trust and set back his recovery.",
                        "feedback": "The therapeutic relationship matters, but not above a child’s safety. Data protection is not a barrier where not sharing would put a child at risk, and holding back leaves Sara without support.",
                        "is_best": False,
                    },
                ],
            },
        ),
        (
            "key_points",
            {
                "heading": "Key points",
                "points": [
                    "A referral should explain what the abuse and the parent’s difficulties mean for each named child, not just describe an incident.",
                    "The DASH checklist is for adult victims; make a separate referral for children and share the full DASH, not only the score.",
                ],
            },
        ),
        (
            "sources",
            {
                "sources": [
                    _LETTER,
                    _DASH_QUICK_START,
                    _PLYMOUTH_DASH,
                    _INFO_SHARING,
                ]
            },
        ),
    ],
}


# ---------------------------------------------------------------------------
# Lesson 4
# ---------------------------------------------------------------------------

_LESSON_4 = {
    "title": "Beyond the ‘toxic trio’: cumulative harm and the perpetrator’s responsibility",
    "slug": "beyond-the-toxic-trio",
    "summary": "Where the ‘toxic trio’ label came from, why many now avoid it, and how to describe families in ways that keep the child and the perpetrator in view.",
    "body": [
        (
            "text",
            "<h2>Where the term came from</h2>"
            "<p>The phrase “toxic trio” grew out of a national analysis of serious case reviews from 2005 to "
            "2007, led by Marian Brandon and published in 2009. It found that close to three-quarters of the "
            "children had lived with current or past domestic violence, parental mental ill health or parental "
            "substance misuse, alone or in combination. It described that combination as a potentially toxic "
            "setting for a child’s care, and the shorthand quickly spread through training, assessments and "
            "reports.</p>"
            "<p>The underlying point still matters. When these difficulties overlap, no single service sees the "
            "whole picture. The Hampshire inspectors noted that a significant proportion of the cases they read "
            "had risk factors beyond domestic abuse. They praised practitioners who understood how neglect, "
            "domestic abuse and other harm interact, and who did not look for single-issue solutions.</p>"
            "<h2>Why many now avoid the label</h2>"
            "<ul>"
            "<li><strong>Its authors have moved on.</strong> Peter Sidebotham, who wrote later national "
            "reviews with Marian Brandon, has explained that they now worry the term itself has become "
            "“toxic”, because it is so often misread or given too much weight. Their reviews covering 2011 to "
            "2014 and 2014 to 2017 set it aside and used the idea of cumulative harm instead.</li>"
            "<li><strong>The evidence is thin.</strong> A 2021 systematic review by Skinner and colleagues "
            "found only 20 papers that met its criteria. There was little good evidence about how the three "
            "factors combine to cause maltreatment, and few studies allowed for poverty and social "
            "circumstances.</li>"
            "<li><strong>It can blame victims.</strong> In a 2018 Community Care article, AVA (Against "
            "Violence and Abuse) warned that the label can cast mothers, who are often victims themselves, as "
            "“toxic”, while the person causing the abuse escapes scrutiny. Alternatives in use include "
            "“trilogy of risk” and “multiple and complex needs”.</li>"
            "</ul>",
        ),
        ("myth_fact", {"myth": "toxic-trio-parents-problem"}),
        (
            "text",
            "<h2>Cumulative harm, and naming who is responsible</h2>"
            "<p>Thinking about cumulative harm means asking how different pressures build up over time in a "
            "particular child’s life, rather than ticking three boxes. It leaves room for the family’s wider "
            "circumstances, including poverty, which research on the trio has rarely taken into account.</p>"
            "<p>Domestic abuse is different from the other two in one important way. Mental ill health and "
            "substance use are difficulties a parent lives with. Domestic abuse is a pattern of behaviour that "
            "one person directs at another. Putting all three under one label can blur that difference and "
            "shift attention onto the parent who is being harmed.</p>"
            "<p>The Safe &amp; Together model, developed by David Mandel, offers one way to keep this clear. "
            "It focuses on the perpetrator’s pattern of behaviour, keeps the child at the centre, and aims to "
            "work in partnership with the non-abusing parent. Responding to the 2017 national inspection "
            "report, SafeLives urged agencies to ask “why doesn’t he stop?” rather than “why doesn’t she just "
            "leave?”.</p>"
            "<h3>Language in your records</h3>"
            "<ul>"
            "<li>Instead of “toxic trio family”, describe what is happening. For example: “Mr A frightens "
            "and controls Ms A. Ms A has depression and drinks most evenings. The children have heard "
            "repeated shouting and threats.”</li>"
            "<li>Instead of “volatile relationship” or “mutual arguments”, say who did what to whom, and how "
            "the children were affected.</li>"
            "<li>Instead of “mother failed to protect”, record what she has done to keep the children safe, "
            "and what is getting in the way, including the perpetrator’s behaviour.</li>"
            "</ul>",
        ),
        (
            "case_study",
            {
                "case_study": "fit-pilot",
                "prompt": "As you read, think about why families came to trust the workers, and what adult mental health and substance misuse practitioners could borrow from this way of working.",
            },
        ),
        (
            "text",
            "<h3>Why this pilot matters for adult services</h3>"
            "<p>The Family Intervention Teams (FIT) were part of a Department for Education innovation "
            "programme that gave Hampshire and the Isle of Wight £3.96 million. As well as domestic abuse "
            "specialists, the teams included substance misuse and mental health practitioners working with "
            "families whose children were on child in need or child protection plans. Inspectors noted that "
            "families engaged because the domestic abuse workers were seen as a separate voice for the parent "
            "being abused, rather than as social workers, so mistrust quickly fell away.</p>",
        ),
        (
            "reflection",
            {
                "prompt": "Think of a family you have worked with where words such as ‘toxic trio’, ‘chaotic’ or ‘volatile’ appeared in the notes. Rewrite one sentence so that it says who was doing what, what the child experienced, and what the non-abusing parent was doing to cope or to protect.",
                "hint": "There is no single right answer. A useful test: would your sentence feel fair and accurate to the child if they read their file as an adult?",
            },
        ),
        (
            "key_points",
            {
                "heading": "Key points",
                "points": [
                    "The ‘toxic trio’ came from serious case review research, but its own authors now prefer the idea of cumulative harm.",
                    "The evidence for the three factors as a combined predictor is weak, and poverty and context are rarely considered.",
                    "The label can make victim-mothers look like the problem; keep the perpetrator’s behaviour visible.",
                    "Write records that say who did what, how each child was affected, and how the non-abusing parent is protecting them.",
                ],
            },
        ),
        (
            "support",
            {
                "heading": "Support for you and for the families you work with",
                "intro": "If this module has raised anything for you, or you are supporting a family, these services can help. In an emergency, call 999.",
                "services": [
                    "emergency-999",
                    "national-domestic-abuse-helpline",
                    "respect-phoneline",
                    "nspcc-helpline",
                    "childline",
                ],
            },
        ),
        (
            "sources",
            {
                "sources": [
                    _BRANDON_2009,
                    _SIDEBOTHAM,
                    _SKINNER_2021,
                    _COMMUNITY_CARE_2018,
                    _LETTER,
                    _SAFE_TOGETHER,
                    _NATIONAL_REPORT,
                    _SAFELIVES_2017,
                    _FIT_EVALUATION,
                ]
            },
        ),
    ],
}


# ---------------------------------------------------------------------------
# Quiz
# ---------------------------------------------------------------------------

_QUESTIONS = [
    {
        "kind": "single",
        "text": "Inspectors in Hampshire looked at referrals from adult mental health practitioners to children’s social care. What did these referrals not consistently include?",
        "explanation": "<p>The 2017 inspection letter found that adult mental health referrals did not consistently give a clear analysis of the risks to the children and the impact on them, and that a ‘think family’ approach needed to be embedded. A good referral names each child and explains what the abuse and the parent’s difficulties mean for them.</p>",
        "source": _LETTER,
        "myth": None,
        "choices": [
            {
                "text": "A clear analysis of the risks to the children and the impact on them",
                "correct": True,
                "feedback": "Correct. Inspectors found referrals did not reliably explain what the situation meant for the children.",
            },
            {
                "text": "The adult’s diagnosis and current medication",
                "correct": False,
                "feedback": "Not this. The concern was not missing clinical detail about the adult but missing analysis of what was happening to the children.",
            },
            {
                "text": "A separate risk checklist score for each child",
                "correct": False,
                "feedback": "No. Domestic abuse risk checklists such as DASH (Domestic Abuse, Stalking and Harassment and Honour-Based Violence) are designed for adult victims. The gap was an analysis of the risk to the children.",
            },
            {
                "text": "The adult service user’s written consent",
                "correct": False,
                "feedback": "No. Inspectors did not identify consent as the gap. They found that referrals lacked a clear analysis of the risks to children.",
            },
        ],
    },
    {
        "kind": "myth_fact",
        "text": "Problem drinking is the cause of domestic abuse, so treating the drinking will stop the abuse.",
        "explanation": "<p>This is a myth. The UK clinical guidelines for alcohol treatment say problem drinking alone does not directly cause domestic abuse, although it can raise its risk and severity. The person causing harm is responsible for their behaviour, and alcohol services should ask about abuse routinely.</p>",
        "source": _ALCOHOL_GUIDELINES,
        "myth": "alcohol-causes-abuse",
        "choices": [
            {
                "text": "Myth",
                "correct": True,
                "feedback": "Right. Alcohol can make abuse more likely or more severe, but it is not the direct cause, and reducing drinking will not on its own make a family safe.",
            },
            {
                "text": "Fact",
                "correct": False,
                "feedback": "Not quite. National alcohol treatment guidelines say problem drinking alone does not directly cause domestic abuse. Treating the drinking is worthwhile, but the abuse is the responsibility of the person causing it.",
            },
        ],
    },
    {
        "kind": "single",
        "text": "What did Hampshire inspectors find was not consistently evidenced in adult substance misuse records?",
        "explanation": "<p>The inspection letter found that substance misuse records did not consistently show the impact of domestic abuse on the children, or on the parents’ capacity to keep them safe. Records should describe each child’s experience as well as the adult’s treatment.</p>",
        "source": _LETTER,
        "myth": None,
        "choices": [
            {
                "text": "The effect of domestic abuse on the children and on the parents’ capacity to keep them safe",
                "correct": True,
                "feedback": "Correct. The records focused on the adult and did not reliably show what the abuse meant for the children.",
            },
            {
                "text": "The results of drug and alcohol testing",
                "correct": False,
                "feedback": "No. Testing results were not the gap inspectors described. The missing element was the children’s experience and parental capacity.",
            },
            {
                "text": "The service user’s housing history",
                "correct": False,
                "feedback": "No. Housing can matter, but inspectors’ concern was about the impact of abuse on the children and on parenting.",
            },
            {
                "text": "Whether the service user attended appointments",
                "correct": False,
                "feedback": "No. Attendance was not the finding. The records did not consistently show the impact on the children and the parents’ capacity to protect them.",
            },
        ],
    },
    {
        "kind": "multiple",
        "text": "You are referring a family to children’s social care from an adult mental health team. Which of these should your referral include? Select all that apply.",
        "explanation": "<p>Inspectors found adult mental health referrals often described events without analysing the risk to the children. A useful referral names each child, explains what they are living with, sets out the pattern of abusive behaviour and who is responsible, and gives your professional judgement. SafeLives advises making a separate referral for children, because the DASH checklist is for adult victims, and inspectors asked for full DASH documents to be shared rather than scores alone.</p>",
        "source": _LETTER,
        "myth": None,
        "choices": [
            {
                "text": "Each child’s name and age, and what they have seen, heard or lived with",
                "correct": True,
                "feedback": "Yes. Naming each child and their experience keeps the referral focused on the child rather than ‘the children’ as a group.",
            },
            {
                "text": "Your analysis of what the abuse and the parent’s mental health mean for each child’s safety and care",
                "correct": True,
                "feedback": "Yes. This analysis is exactly what inspectors found missing from many adult mental health referrals.",
            },
            {
                "text": "The pattern and history of the abusive behaviour, and who is responsible for it",
                "correct": True,
                "feedback": "Yes. History and pattern tell the social worker far more than a single incident, and naming who is responsible avoids blaming the victim.",
            },
            {
                "text": "Only the adult victim’s DASH score, so children’s social care can decide the level of risk",
                "correct": False,
                "feedback": "No. A score on its own can hide what lies behind the answers, and the checklist is designed for adult victims. Share the full document and make a separate referral that explains the risk to the children.",
            },
        ],
    },
    {
        "kind": "myth_fact",
        "text": "A child who hears domestic abuse between adults in the family home, but is never physically hurt, can be a victim of domestic abuse in law.",
        "explanation": "<p>This is a fact. Under section 3 of the Domestic Abuse Act 2021, in force since 31 January 2022, a child under 18 who sees, hears or experiences the effects of domestic abuse, and is related to the adult victim or the perpetrator, is a victim of domestic abuse in their own right.</p>",
        "source": _DAA_S3,
        "myth": "children-dont-notice",
        "choices": [
            {
                "text": "Myth",
                "correct": False,
                "feedback": "Not so. The law does not require a child to be physically hurt or to be in the room. Hearing the abuse, or living with its effects, is enough.",
            },
            {
                "text": "Fact",
                "correct": True,
                "feedback": "Correct. Section 3 of the Domestic Abuse Act 2021 recognises children who see, hear or experience the effects of abuse as victims in their own right.",
            },
        ],
    },
    {
        "kind": "single",
        "text": "The Social Care Institute for Excellence (SCIE) set out key messages for its ‘Think child, think parent, think family’ guidance. What did it say screening systems in adult mental health services should reliably identify and record?",
        "explanation": "<p>SCIE’s key messages say screening in adult mental health and children’s services should reliably identify and record adults who are parents. Without this, children in the household stay invisible to the adult service.</p>",
        "source": _SCIE_AT_A_GLANCE,
        "myth": None,
        "choices": [
            {
                "text": "Whether the adult is a parent",
                "correct": True,
                "feedback": "Correct. Knowing that someone is a parent is the starting point for thinking about the children.",
            },
            {
                "text": "The adult’s risk of reoffending",
                "correct": False,
                "feedback": "No. Reoffending risk is not part of this guidance. SCIE focused on identifying adults who are parents.",
            },
            {
                "text": "The child’s school attendance",
                "correct": False,
                "feedback": "No. Attendance may be relevant later, but the key message was that adult services should record whether the adult is a parent.",
            },
            {
                "text": "Whether the adult was in care as a child",
                "correct": False,
                "feedback": "No. This can be important history, but it is not the screening point SCIE highlighted.",
            },
        ],
    },
    {
        "kind": "myth_fact",
        "text": "When a person with a severe mental illness discloses domestic abuse, their account should be treated as unreliable until someone else confirms it.",
        "explanation": "<p>This is a myth. The LARA-VP resource for mental health professionals notes that false allegations of domestic abuse are rare and that psychiatric symptoms very seldom affect the reliability of a service user’s account. Many mental health service users are never asked, so a disclosure deserves to be taken seriously and acted on.</p>",
        "source": _LARA_VP,
        "myth": "mental-illness-unreliable",
        "choices": [
            {
                "text": "Myth",
                "correct": True,
                "feedback": "Right. Evidence shows false allegations are rare and psychiatric symptoms very seldom affect how reliable an account of abuse is.",
            },
            {
                "text": "Fact",
                "correct": False,
                "feedback": "Not so. Treating disclosures as unreliable leaves victims and children unprotected. The evidence shows accounts from people with mental illness are very rarely made less reliable by their symptoms.",
            },
        ],
    },
    {
        "kind": "single",
        "text": "Why have the researchers most closely linked to the ‘toxic trio’ idea stopped using the term in their later national reviews?",
        "explanation": "<p>Peter Sidebotham has written that he and Marian Brandon became concerned the term itself had become ‘toxic’, because it was misread or given undue weight. Their reviews of 2011 to 2014 and 2014 to 2017 used the idea of cumulative harm instead.</p>",
        "source": _SIDEBOTHAM,
        "myth": "toxic-trio-parents-problem",
        "choices": [
            {
                "text": "They worried it was being misunderstood or given too much weight, and preferred to talk about cumulative harm",
                "correct": True,
                "feedback": "Correct. The concern was how the label was being used, not that these difficulties are unimportant.",
            },
            {
                "text": "New research showed that none of the three factors affects children",
                "correct": False,
                "feedback": "No. Each of these difficulties can affect children. The problem is the label and how much weight it is given.",
            },
            {
                "text": "The government banned the term from official guidance",
                "correct": False,
                "feedback": "No. Nothing in this module’s sources describes a ban. The authors chose to move away from the term.",
            },
            {
                "text": "Domestic abuse no longer featured in serious case reviews",
                "correct": False,
                "feedback": "No. Domestic abuse remains a common feature in serious cases. The change was about language and framing.",
            },
        ],
    },
    {
        "kind": "multiple",
        "text": "Which of these criticisms have been made of the ‘toxic trio’ label? Select all that apply.",
        "explanation": "<p>AVA (Against Violence and Abuse), writing in Community Care in 2018, warned that the label can cast mothers who are victims as ‘toxic’ and leave the perpetrator unchallenged. A 2021 systematic review by Skinner and colleagues found only 20 relevant papers and little good evidence on how the three factors combine, with socioeconomic context rarely controlled for. The term itself did come from a national analysis of serious case reviews.</p>",
        "source": _COMMUNITY_CARE_2018,
        "myth": "toxic-trio-parents-problem",
        "choices": [
            {
                "text": "It can present mothers who are being abused as ‘toxic’",
                "correct": True,
                "feedback": "Yes. This was one of the main concerns raised, because it shifts attention onto the victim.",
            },
            {
                "text": "It can leave the perpetrator’s behaviour unchallenged",
                "correct": True,
                "feedback": "Yes. Grouping abuse with a parent’s health difficulties can hide who is responsible for the abuse.",
            },
            {
                "text": "A systematic review found little good evidence on how the three factors combine, and poverty was rarely taken into account",
                "correct": True,
                "feedback": "Yes. Skinner and colleagues found only 20 relevant papers and weak evidence for the trio as a combined cause.",
            },
            {
                "text": "It was invented without any link to reviews of serious cases",
                "correct": False,
                "feedback": "No. The term grew out of a 2009 national analysis of serious case reviews. The criticisms are about how it is used and how strong the evidence is.",
            },
        ],
    },
    {
        "kind": "multiple",
        "text": "Which statements about asking about domestic abuse in adult mental health and substance misuse services are supported by the evidence in this module? Select all that apply.",
        "explanation": "<p>The UK clinical guidelines for alcohol treatment say asking about domestic abuse should be a routine part of treatment staff’s role. Agenda’s 2019 Freedom of Information work found 15 of 42 responding mental health trusts had no routine enquiry policy. The National Institute for Health and Care Excellence (NICE) quality standard notes that mental health and drug and alcohol settings see more people with signs of abuse. Asking should be routine and private, not reserved for visible injuries.</p>",
        "source": _ALCOHOL_GUIDELINES,
        "myth": None,
        "choices": [
            {
                "text": "UK alcohol treatment guidelines say asking about domestic abuse should be a routine part of treatment staff’s role",
                "correct": True,
                "feedback": "Yes. Treatment services see many victims and perpetrators, so asking should be routine.",
            },
            {
                "text": "In a 2019 survey by the charity Agenda, 15 of the 42 mental health trusts that replied had no routine enquiry policy",
                "correct": True,
                "feedback": "Yes. This shows how patchy routine enquiry has been in mental health services.",
            },
            {
                "text": "NICE’s quality standard notes that mental health and drug and alcohol settings see more people with signs of abuse",
                "correct": True,
                "feedback": "Yes. That is why these settings are important places to ask.",
            },
            {
                "text": "You should ask only when a person has visible injuries",
                "correct": False,
                "feedback": "No. Much abuse leaves no visible injury, and routine enquiry means asking everyone, privately, whether or not there are signs.",
            },
        ],
    },
    {
        "kind": "single",
        "text": "In its 2003 Hidden Harm report, the Advisory Council on the Misuse of Drugs (ACMD) estimated how many children in the UK had a parent with a serious drug problem?",
        "explanation": "<p>Hidden Harm estimated that 250,000 to 350,000 children in the UK had a parent who was a problem drug user, roughly one child for every problem drug user. It also found that effective treatment for the parent can greatly benefit the child.</p>",
        "source": _HIDDEN_HARM,
        "myth": None,
        "choices": [
            {
                "text": "Between 250,000 and 350,000",
                "correct": True,
                "feedback": "Correct. This was about 2 to 3% of children under 16 at the time.",
            },
            {
                "text": "Between 25,000 and 35,000",
                "correct": False,
                "feedback": "No. This is ten times too low. The estimate was 250,000 to 350,000 children.",
            },
            {
                "text": "More than 3 million",
                "correct": False,
                "feedback": "No. This is far higher than the report’s estimate of 250,000 to 350,000 children.",
            },
            {
                "text": "Fewer than 10,000",
                "correct": False,
                "feedback": "No. The report found the number was much larger, at 250,000 to 350,000 children.",
            },
        ],
    },
]


# ---------------------------------------------------------------------------
# Module
# ---------------------------------------------------------------------------

MODULE = {
    "title": "Think family: adult mental health and substance misuse services and the children in the household",
    "slug": "think-family",
    "summary": "For practitioners who work with adults: how to notice the children in a household where there is domestic abuse, judge the effect on parenting, and make referrals that explain the risk to each child.",
    "overview": (
        "<p>When inspectors examined how Hampshire agencies protected children living with domestic abuse, "
        "they found strong partnership work overall. They also found that adult mental health and substance "
        "misuse services did not always show what was happening to the children of the adults they "
        "supported.</p>"
        "<p>This module is for anyone whose main client is an adult: mental health nurses, drug and alcohol "
        "workers, general practitioners (GPs), probation officers, social workers and voluntary sector staff. It covers asking who "
        "lives in the household, asking about domestic abuse, thinking about parental capacity without "
        "blaming the victim, writing referrals that analyse the risk to each child, and why many "
        "practitioners have moved away from the ‘toxic trio’ label.</p>"
        "<p>Throughout, keep two things in view: the child’s own experience, and the responsibility of the "
        "person causing the abuse.</p>"
    ),
    "learning_outcomes": [
        "Explain why children who see, hear or live with the effects of domestic abuse are victims in their own right, and why adult services are often well placed to notice them.",
        "Ask adult service users, routinely and safely, who lives in or visits their household and whether domestic abuse is part of their lives.",
        "Consider how domestic abuse, mental ill health and substance use affect parental capacity, keeping the perpetrator’s responsibility and each child’s experience in view.",
        "Write a referral to children’s social care that analyses the risk to, and impact on, each child rather than only describing an incident.",
        "Explain the main criticisms of the ‘toxic trio’ label and use the idea of cumulative harm and victim-respectful language in records.",
    ],
    "sectors": [
        "health",
        "adult_services",
        "childrens_social_care",
        "probation",
        "voluntary_sector",
    ],
    "duration_minutes": 35,
    "refresher_months": 36,
    "content_warning": (
        "This module discusses domestic abuse and how it affects adults and children, including links with "
        "mental ill health and substance use. It contains no graphic descriptions. Some learners will have "
        "their own experience of abuse: take a break whenever you need to. Support details appear at the "
        "start and end of the module."
    ),
    "topics": [
        "think family",
        "adult mental health",
        "substance misuse",
        "parental capacity",
        "children as victims",
        "referrals",
        "toxic trio",
        "cumulative harm",
    ],
    "support_services": [
        "emergency-999",
        "national-domestic-abuse-helpline",
        "mens-advice-line",
        "galop",
        "respect-phoneline",
        "nspcc-helpline",
        "childline",
    ],
    "lessons": [_LESSON_1, _LESSON_2, _LESSON_3, _LESSON_4],
    "quiz": {
        "title": "Check your understanding",
        "intro": (
            "<p>Eleven questions on the main points of this module. You need 80% to pass, and you can try "
            "again if you do not pass first time. Each answer comes with an explanation.</p>"
        ),
        "pass_mark": 80,
        "max_failed_attempts": 3,
        "questions": _QUESTIONS,
    },
}
