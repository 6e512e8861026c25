"""Shared library for the demo curriculum: myths and facts, case studies and support services.

Plain Python data (no imports), loaded by `manage.py load_demo_content`. Module files refer to
these items by their `key`. Every figure comes from the project fact brief or the Hampshire joint
targeted area inspection letter (1 February 2017), and each item lists its sources.
"""

# Sources

SOURCE_JTAI_LETTER = {
    "title": "Joint targeted area inspection of the multi-agency response to abuse and neglect in Hampshire",
    "publisher": "Ofsted, CQC, HMIC and HMI Probation",
    "year": "2017",
    "url": "",
}

SOURCE_SERIOUS_CRIME_ACT_S76 = {
    "title": (
        "Serious Crime Act 2015, Part 5, section 76: controlling or coercive behaviour in an intimate or family "
        "relationship"
    ),
    "publisher": "legislation.gov.uk",
    "year": "2015",
    "url": "https://www.legislation.gov.uk/ukpga/2015/9/part/5/crossheading/domestic-abuse?view=plain",
}

SOURCE_HALLINANS_CCB = {
    "title": "Controlling and coercive behaviour",
    "publisher": "Hallinans",
    "year": "n.d.",
    "url": "https://hallinans.co.uk/post/controlling-and-coercive-behaviour",
}

SOURCE_MILLS_REEVE_CCB = {
    "title": "Controlling or coercive behaviour: statutory guidance framework",
    "publisher": "Mills & Reeve",
    "year": "2023",
    "url": (
        "https://mills-reeve.com/blogs/family-and-children/may-2023/controlling-or-coercive-behaviour-statutory-guidan"
    ),
}

SOURCE_DACLAS_DEFINITION = {
    "title": "What is domestic abuse? (Domestic Abuse Act 2021, section 1 definition)",
    "publisher": "DACLAS",
    "year": "n.d.",
    "url": "https://daclas.org/what-is-domestic-abuse%3F",
}

SOURCE_FAMILY_LAW_WEEK_S3 = {
    "title": "Domestic Abuse Act 2021: commencement of section 3 (children as victims)",
    "publisher": "Family Law Week",
    "year": "n.d.",
    "url": "https://familylawweek.co.uk/site.aspx?i=ed228107",
}

SOURCE_CCB_GUIDANCE_2015 = {
    "title": (
        "Controlling or coercive behaviour in an intimate or family relationship: statutory guidance framework "
        "(excerpt)"
    ),
    "publisher": "Home Office",
    "year": "2015",
    "url": "https://trantor.is/content/BGv3quJLUXKpU3cz/xhtml/07_introduction1.xhtml",
}

SOURCE_FAMILY_LAW_CAFE_ONS = {
    "title": "1 in 5 adults experience domestic abuse in their lifetime",
    "publisher": "Family Law Cafe (summary of Office for National Statistics figures)",
    "year": "2023",
    "url": "https://familylawcafe.co.uk/2023/12/10/1-in-5-adults-experience-domestic-abuse-in-their-lifetime/",
}

SOURCE_SIDEBOTHAM_TOXIC_TERMINOLOGY = {
    "title": "Toxic terminology",
    "publisher": "Association of Child Protection Professionals (blog by Peter Sidebotham)",
    "year": "n.d.",
    "url": "https://childprotectionprofessionals.org.uk/Blog/toxic-terminology",
}

SOURCE_BRANDON_SCR_2009 = {
    "title": (
        "Understanding serious case reviews and their impact: a biennial analysis of serious case reviews 2005-07 "
        "(DCSF-RR129)"
    ),
    "publisher": "Department for Children, Schools and Families (Brandon et al.)",
    "year": "2009",
    "url": (
        "https://vdocuments.mx/document/understanding-serious-case-reviews-and-their-impact-a-biennial-analysis-of-serious.html"
    ),
}

SOURCE_SKINNER_TOXIC_TRIO = {
    "title": (
        "The ‘toxic trio’ (domestic violence, substance misuse and mental ill-health): how good is the evidence base?"
    ),
    "publisher": "Children and Youth Services Review 120:105678 (Skinner et al.)",
    "year": "2021",
    "url": "https://clok.uclan.ac.uk/36806/",
}

SOURCE_COMMUNITY_CARE_TOXIC_TRIO = {
    "title": "The toxic trio: what social workers need to know",
    "publisher": "Community Care",
    "year": "2018",
    "url": "https://communitycare.co.uk/2018/03/05/toxic-trio-social-workers-need-know/",
}

SOURCE_SAFELIVES_JTAI_RESPONSE = {
    "title": "SafeLives welcomes report on need to better protect and support children living with domestic abuse",
    "publisher": "SafeLives",
    "year": "2017",
    "url": "https://safelives.org.uk/node/1176",
}

SOURCE_ALCOHOL_GUIDELINES_DA = {
    "title": (
        "UK clinical guidelines for alcohol treatment, chapter 22: people experiencing or perpetrating domestic abuse"
    ),
    "publisher": "GOV.UK",
    "year": "n.d.",
    "url": (
        "https://gov.uk/guidance/clinical-guidelines-for-alcohol-treatment/22-people-experiencing-or-perpetrating-domestic-abuse"
    ),
}

SOURCE_SKY_AGENDA_ROUTINE_ENQUIRY = {
    "title": "Routine questions about domestic abuse not being asked, charity says",
    "publisher": "Sky News, via Yahoo News (reporting Agenda)",
    "year": "n.d.",
    "url": "https://uk.news.yahoo.com/routine-questions-domestic-abuse-not-being-asked-charity-070100672.html",
}

SOURCE_MHT_AGENDA_FOI = {
    "title": "Mental health services not bothering with NICE guidelines to routinely enquire about abuse",
    "publisher": "Mental Health Today (reporting Agenda)",
    "year": "n.d.",
    "url": (
        "https://mentalhealthtoday.co.uk/news/awareness/mental-health-services-not-bothering-with-nice-guidelines-to-routinely-enquire-about-abuse"
    ),
}

SOURCE_LARA_VP = {
    "title": "LARA-VP: a resource to help mental health professionals respond to domestic violence and abuse",
    "publisher": "LARA-VP (copy hosted on docslib.org)",
    "year": "n.d.",
    "url": "",
}

SOURCE_SAFE_AND_TOGETHER = {
    "title": "Changing the focus for family violence with the Safe & Together model by David Mandel",
    "publisher": "Creative Family Law Solutions",
    "year": "n.d.",
    "url": (
        "https://cflsolutions.com.au/changing-the-focus-for-family-violence-with-the-safe-together-model-by-david-mandel/"
    ),
}

SOURCE_NICE_QS116_STATEMENT_1 = {
    "title": "Domestic violence and abuse (QS116), quality statement 1: asking about domestic violence and abuse",
    "publisher": "National Institute for Health and Care Excellence",
    "year": "2016",
    "url": "https://nice.org.uk/guidance/qs116/chapter/Quality-statement-1-Asking-about-domestic-violence-and-abuse",
}

SOURCE_RCM_2016 = {
    "title": "RCM joins the global fight against domestic violence",
    "publisher": "Royal College of Midwives",
    "year": "2016",
    "url": (
        "https://rcm-reskin-dev.azurewebsites.net/media-releases/2016/november/rcm-joins-the-global-fight-against-domestic-violence"
    ),
}

SOURCE_RCM_RCOG_2020 = {
    "title": "Leading royal colleges unite to tackle domestic violence",
    "publisher": "Royal College of Midwives",
    "year": "2020",
    "url": "https://rcm.org.uk/news-views/news/2020/november/leading-royal-colleges-unite-to-tackle-domestic-violence/",
}

SOURCE_LRSB_PREGNANCY = {
    "title": "Domestic abuse and pregnant women",
    "publisher": "Leicestershire and Rutland Safeguarding Boards",
    "year": "n.d.",
    "url": "https://lrsb.org.uk/lmagrda-pregnant-women",
}

SOURCE_DASH_POLICE_FORM_2009 = {
    "title": "DASH (2009) risk identification, assessment and management model: police risk form",
    "publisher": "ACPO and CAADA (copy hosted on paperzz.com)",
    "year": "2009",
    "url": "https://paperzz.com/doc/7134875/dash-risk-form",
}

SOURCE_AUSTRALIA_ANTENATAL = {
    "title": "Clinical practice guidelines: antenatal care, module 1, clinical assessments: domestic violence",
    "publisher": "Australian Government Department of Health",
    "year": "n.d.",
    "url": "",
}

SOURCE_SALMON_2013 = {
    "title": "Women’s views and experiences of antenatal enquiry for domestic abuse during pregnancy",
    "publisher": "Health Expectations (Salmon, Baird and White)",
    "year": "2013",
    "url": "https://pmc.ncbi.nlm.nih.gov/articles/PMC5060826",
}

SOURCE_BBC_DASH_2025 = {
    "title": "Minister admits domestic abuse screening tool doesn’t work",
    "publisher": "BBC News (summary hosted on briefly.co)",
    "year": "2025",
    "url": (
        "https://heroku.briefly.co/anchor/UK_politics/story/minister-admits-domestic-abuse-screening-tool-doesnt-work"
    ),
}

SOURCE_SAFELIVES_MARAC_CRITERIA = {
    "title": "Marac referral criteria and form",
    "publisher": "SafeLives",
    "year": "n.d.",
    "url": "https://safelives.org.uk/resources-library/marac-referral-criteria-and-form/",
}

SOURCE_SAFELIVES_MARAC_DEFINITIONS = {
    "title": "Marac referral criteria: definitions",
    "publisher": "SafeLives (copy hosted on docsbay.net)",
    "year": "n.d.",
    "url": "https://docsbay.net/marac-referral-criteria-definitions",
}

SOURCE_SAFELIVES_MARAC_DATA = {
    "title": "Marac data (12 months to 30 September 2024)",
    "publisher": "SafeLives",
    "year": "2024",
    "url": "https://safelives.org.uk/research-policy/practitioner-datasets/marac-data",
}

SOURCE_COMMUNITY_CARE_IDVA = {
    "title": "The role of independent domestic violence adviser services",
    "publisher": "Community Care",
    "year": "2010",
    "url": "https://communitycare.co.uk/2010/01/21/the-role-of-independent-domestic-violence-adviser-services/",
}

SOURCE_GUARDIAN_SAFETY_IN_NUMBERS = {
    "title": "Domestic violence victim support (report on the Safety in Numbers evaluation)",
    "publisher": "The Guardian",
    "year": "2009",
    "url": "https://theguardian.com/society/2009/nov/25/domestic-violence-victim-support",
}

SOURCE_HAMPTON_TRUST_CARA_RESULTS = {
    "title": "Hampshire Constabulary domestic abuse project reduces reoffending",
    "publisher": "The Hampton Trust",
    "year": "n.d.",
    "url": (
        "https://hamptontrust.org.uk/our-programmes/cara/news/hampshire-constabulary-domestic-abuse-project-reduces-reoffending/"
    ),
}

SOURCE_HAMPTON_TRUST_CARA = {
    "title": "Project CARA",
    "publisher": "The Hampton Trust",
    "year": "n.d.",
    "url": "https://hamptontrust.org.uk/program/cara-old/",
}

SOURCE_ANDOVER_CARA_2022 = {
    "title": "Project CARA reduces domestic abuse re-offending",
    "publisher": "Andover Advertiser",
    "year": "2022",
    "url": "https://andoveradvertiser.co.uk/news/20220051.project-cara-reduces-domestic-abuse-re-offending/",
}

SOURCE_WHAT_WORKS_CARA = {
    "title": "Research map: Project CARA (conditional cautions for domestic abuse)",
    "publisher": "College of Policing, What Works Centre for Crime Reduction",
    "year": "n.d.",
    "url": "https://whatworks.college.police.uk/Research/Research-Map/Pages/ResearchProject.aspx?projectid=309",
}

SOURCE_ONS_OVERVIEW_2024 = {
    "title": "Domestic abuse in England and Wales overview: November 2024",
    "publisher": "Office for National Statistics",
    "year": "2024",
    "url": (
        "https://www.ons.gov.uk/peoplepopulationandcommunity/crimeandjustice/bulletins/domesticabuseinenglandandwalesoverview/november2024"
    ),
}

SOURCE_ONS_OVERVIEW_2022 = {
    "title": "Domestic abuse in England and Wales overview: November 2022",
    "publisher": "Office for National Statistics",
    "year": "2022",
    "url": (
        "https://www.ons.gov.uk/peoplepopulationandcommunity/crimeandjustice/bulletins/domesticabuseinenglandandwalesoverview/november2022"
    ),
}

SOURCE_ONS_VICTIM_CHARACTERISTICS_2022 = {
    "title": "Domestic abuse victim characteristics, England and Wales: year ending March 2022",
    "publisher": "Office for National Statistics",
    "year": "2022",
    "url": (
        "https://www.ons.gov.uk/peoplepopulationandcommunity/crimeandjustice/articles/domesticabusevictimcharacteristicsenglandandwales/yearendingmarch2022"
    ),
}

SOURCE_SAFELIVES_GETTING_IT_RIGHT = {
    "title": "Getting it right first time",
    "publisher": "SafeLives",
    "year": "2015",
    "url": "https://safelives.org.uk/research-policy-library/getting-it-right-first-time/",
}

SOURCE_SAFELIVES_IN_PLAIN_SIGHT = {
    "title": "In plain sight: effective help for children exposed to domestic abuse",
    "publisher": "SafeLives",
    "year": "2014",
    "url": "https://safelives.org.uk/policy-evidence/effective-help-children-living-domestic-abuse",
}

SOURCE_SAFELIVES_CHILDRENS_INSIGHTS_2019 = {
    "title": "World Mental Health Day 2019 (Children’s Insights data)",
    "publisher": "SafeLives",
    "year": "2019",
    "url": "https://safelives.org.uk/world-mental-health-day-2019",
}

SOURCE_NICE_LGB20 = {
    "title": "Domestic violence and abuse: local government briefing (LGB20), introduction",
    "publisher": "National Institute for Health and Care Excellence",
    "year": "n.d.",
    "url": "https://nice.org.uk/advice/lgb20/chapter/Introduction",
}

SOURCE_FEMICIDE_CENSUS_2018 = {
    "title": "The dangerous time for victims of domestic violence (citing Femicide Census figures for 2018)",
    "publisher": "Head Topics",
    "year": "2023",
    "url": "https://headtopics.com/uk/the-dangerous-time-for-victims-of-domestic-violence-48992983",
}

SOURCE_FEMICIDE_CENSUS_2022 = {
    "title": (
        "Why do nearly half of women killed by partners attempt to leave? (reporting the Femicide Census for 2022)"
    ),
    "publisher": "Welsh Wave",
    "year": "n.d.",
    "url": "https://welshwave.co.uk/single.php?id=141967060",
}

SOURCE_NEWCASTLE_WOMENS_AID_MYTHS = {
    "title": "Myths about domestic abuse",
    "publisher": "Newcastle Women’s Aid",
    "year": "n.d.",
    "url": "https://newcastlewomensaid.org.uk/information-advice/myths-about-domestic-abuse/",
}

SOURCE_SAFER_NH_ALCOHOL = {
    "title": "Being drunk is no excuse for domestic abuse",
    "publisher": "Safer North Hampshire (North East Hampshire Domestic Abuse Forum)",
    "year": "n.d.",
    "url": "https://safernh.co.uk/being-drunk-is-no-excuse-for-domestic-abuse/",
}

SOURCE_DA_STATUTORY_GUIDANCE = {
    "title": "Domestic Abuse Act 2021: statutory guidance (accessible version)",
    "publisher": "Home Office",
    "year": "2022",
    "url": (
        "https://gov.uk/government/publications/domestic-abuse-act-2021/domestic-abuse-statutory-guidance-accessible-version"
    ),
}

SOURCE_CPW_ASK_FOR_ANI = {
    "title": "Ask for ANI domestic abuse codeword scheme",
    "publisher": "Community Pharmacy Wales",
    "year": "2022",
    "url": "https://cpwales.org.uk/ask-for-ani-domestic-abuse-codeword-scheme-d54/",
}

SOURCE_CENTRE56_MENS_ADVICE_LINE = {
    "title": "Domestic abuse (including Men’s Advice Line details)",
    "publisher": "Centre 56",
    "year": "n.d.",
    "url": "https://centre56.org.uk/domestic-abuse",
}


MYTHS = [
    {
        "key": "why-doesnt-she-leave",
        "statement": "Why doesn’t she just leave?",
        "fact": (
            "Leaving does not switch off the danger, and the period around separation can bring increased risk. A "
            "more useful question is why the abuser does not stop."
        ),
        "explanation": (
            "<p>This question puts the spotlight on the victim instead of on the person causing harm. When the 2017 "
            "national inspection report on children living with domestic abuse was published, SafeLives called on "
            "agencies to turn it round and ask <em>why doesn’t he stop?</em></p>"
            "<p>Separation is often a period of heightened risk. The Femicide Census found that, of the 91 women "
            "killed in 2018 by a man who was their partner or ex-partner, 37 (41%) had separated from him or had "
            "taken steps towards it. Its figures for 2022 tell a similar story: at least 40% of the 62 women killed "
            "by a current or former partner were in the process of leaving or had already left.</p>"
            "<p>Moving out does not guarantee safety either. In the <em>Safety in Numbers</em> study of independent "
            "domestic violence advocate (IDVA) services, around three-quarters of the high-risk women being supported "
            "were no longer living with the abuser. Controlling behaviour also makes leaving hard in practical ways. "
            "Home Office guidance lists tactics such as cutting someone off from family and friends, controlling "
            "their money, blocking access to work or transport, and threatening them or their children.</p>"
            "<p>In Hampshire, the specialist domestic abuse workers based in the Family Intervention Team (FIT) "
            "shared the poem ‘Why doesn’t she just leave’ with colleagues to challenge mistaken ideas about the "
            "emotional toll of abuse. Our task is to support safe choices, plan carefully around separation and keep "
            "responsibility with the abuser.</p>"
        ),
        "tags": ["leaving", "separation", "risk", "perpetrator accountability"],
        "sources": [
            SOURCE_FEMICIDE_CENSUS_2018,
            SOURCE_FEMICIDE_CENSUS_2022,
            SOURCE_COMMUNITY_CARE_IDVA,
            SOURCE_GUARDIAN_SAFETY_IN_NUMBERS,
            SOURCE_SAFELIVES_JTAI_RESPONSE,
            SOURCE_CCB_GUIDANCE_2015,
            SOURCE_JTAI_LETTER,
        ],
    },
    {
        "key": "only-physical",
        "statement": "It’s only domestic abuse if there’s physical violence.",
        "fact": (
            "The legal definition of domestic abuse includes controlling or coercive behaviour, economic abuse and "
            "psychological or emotional abuse, not only violence. Controlling or coercive behaviour is a crime in its "
            "own right."
        ),
        "explanation": (
            "<p>The Domestic Abuse Act 2021 gave domestic abuse its first definition in law. It applies between two "
            "people aged 16 or over who are personally connected. As well as physical or sexual abuse and violent or "
            "threatening behaviour, it includes controlling or coercive behaviour, economic abuse, and psychological "
            "or emotional abuse. One incident can be enough, and so can a course of conduct.</p>"
            "<p>Economic abuse means substantially restricting a person’s ability to get, use or hold on to money and "
            "property, or to access goods and services. Behaviour can also count as abuse of the victim when it "
            "targets someone else, such as their child.</p>"
            "<p>Section 76 of the Serious Crime Act 2015 made controlling or coercive behaviour (CCB) in an intimate "
            "or family relationship a criminal offence. The behaviour must be repeated or continuous and have a "
            "serious effect on the victim. That means either making them fear violence on at least two occasions, or "
            "causing serious alarm or distress that substantially disrupts their usual daily life. The maximum "
            "sentence is five years in prison.</p>"
            "<p>According to a summary of Office for National Statistics (ONS) data, police in England and Wales "
            "logged 43,774 coercive control offences in the 12 months to March 2023, compared with 41,039 a year "
            "earlier. The ONS linked the increase to police getting better at recognising this crime.</p>"
        ),
        "tags": ["coercive control", "economic abuse", "definitions", "law"],
        "sources": [
            SOURCE_DACLAS_DEFINITION,
            SOURCE_SERIOUS_CRIME_ACT_S76,
            SOURCE_HALLINANS_CCB,
            SOURCE_FAMILY_LAW_CAFE_ONS,
        ],
    },
    {
        "key": "children-dont-notice",
        "statement": "The children didn’t notice anything. They were too young, or they were asleep.",
        "fact": (
            "Children are usually far more aware of abuse at home than adults assume. In law, a child who sees, hears "
            "or lives with the effects of domestic abuse is a victim in their own right."
        ),
        "explanation": (
            "<p>Section 3 of the Domestic Abuse Act 2021, fully in force since 31 January 2022, treats anyone under "
            "18 who witnesses or overhears domestic abuse, or lives with its effects, as a victim of that abuse, "
            "provided they are related to the victim or the abuser.</p>"
            "<p>SafeLives’ 2019 Children’s Insights data found that 87% of the children in its dataset had seen the "
            "abuse directly. Around one in five had stepped in to try to stop physical abuse, at an average age of "
            "10. Its earlier <em>In Plain Sight</em> research found that 62% of the children exposed to abuse at home "
            "had also been harmed directly.</p>"
            "<p>The National Institute for Health and Care Excellence (NICE) notes that domestic abuse between "
            "parents is the form of trauma children report most often. Hampshire’s inspectors also reminded agencies "
            "that the harm to a child is not always obvious at first, so a calm child on the day of an incident is "
            "not proof that the child is unaffected.</p>"
            "<p>Record where each child was, whether they were seen and spoken to, and what they said.</p>"
        ),
        "tags": ["children", "voice of the child", "impact", "law"],
        "sources": [
            SOURCE_FAMILY_LAW_WEEK_S3,
            SOURCE_SAFELIVES_CHILDRENS_INSIGHTS_2019,
            SOURCE_SAFELIVES_IN_PLAIN_SIGHT,
            SOURCE_NICE_LGB20,
            SOURCE_JTAI_LETTER,
        ],
    },
    {
        "key": "alcohol-causes-abuse",
        "statement": "Alcohol causes domestic abuse. Sort out the drinking and the abuse will stop.",
        "fact": (
            "Problem drinking is not, on its own, the cause of domestic abuse. It can increase the risk and the "
            "severity of harm, but the person using abuse is responsible for it, drunk or sober."
        ),
        "explanation": (
            "<p>The UK clinical guidelines for alcohol treatment say plainly that problem drinking on its own is not "
            "a direct cause of domestic abuse. They accept that alcohol can make abuse more likely and the harm more "
            "severe, and they note that people in alcohol treatment include many victims and many perpetrators.</p>"
            "<p>Specialist domestic abuse services make the same point from practice. Most people who drink do not "
            "abuse their partners, and many abusers behave abusively when they are sober. Blaming drink can draw "
            "attention away from the choices the abuser is making.</p>"
            "<p>Some survivors drink to cope with what is happening to them. That is a reason to offer support, not a "
            "reason to doubt what they say.</p>"
            "<p>The same guidelines expect alcohol treatment staff to ask about domestic abuse as a routine part of "
            "their work, with clear pathways into specialist domestic abuse support and into child safeguarding. "
            "Treating the drinking may help, but it is not a safety plan.</p>"
        ),
        "tags": ["alcohol", "substance misuse", "perpetrator accountability", "think family"],
        "sources": [
            SOURCE_ALCOHOL_GUIDELINES_DA,
            SOURCE_NEWCASTLE_WOMENS_AID_MYTHS,
            SOURCE_SAFER_NH_ALCOHOL,
        ],
    },
    {
        "key": "certain-families",
        "statement": "Domestic abuse only happens in a certain type of family.",
        "fact": (
            "Domestic abuse can happen to anyone, whatever their sex, age, ethnicity, income, sexuality or "
            "background. About one in five adults in England and Wales have experienced it since the age of 16."
        ),
        "explanation": (
            "<p>Statutory guidance issued under the Domestic Abuse Act 2021 makes clear that anyone can experience "
            "domestic abuse. A person’s sex, age, ethnicity, sexuality, income or social background does not protect "
            "them from it. The Home Office gave the same message when it introduced the Ask for ANI (Action Needed "
            "Immediately) codeword scheme in pharmacies.</p>"
            "<p>The Office for National Statistics (ONS) estimated that around one in five adults aged 16 and over in "
            "England and Wales, about 10.4 million people, had experienced domestic abuse at some point since turning "
            "16 (year ending March 2022).</p>"
            "<p>Stereotypes about who experiences abuse can lead professionals to ask some people and not others. If "
            "we only ask families who fit a picture in our heads, we will miss people. Asking everyone, in private "
            "and in the same careful way, is both fairer and safer.</p>"
        ),
        "tags": ["prevalence", "assumptions", "diversity", "routine enquiry"],
        "sources": [
            SOURCE_DA_STATUTORY_GUIDANCE,
            SOURCE_ONS_OVERVIEW_2022,
            SOURCE_CPW_ASK_FOR_ANI,
        ],
    },
    {
        "key": "men-cant-be-victims",
        "statement": "Men can’t really be victims of domestic abuse.",
        "fact": (
            "Men can be, and are, victims: national estimates suggest 712,000 men experienced domestic abuse in the "
            "year ending March 2024. Women still make up most victims, particularly of the most serious harm."
        ),
        "explanation": (
            "<p>The Office for National Statistics (ONS) estimated that 2.3 million people aged 16 and over in "
            "England and Wales experienced domestic abuse in the year ending March 2024: 1.6 million women and "
            "712,000 men.</p>"
            "<p>Men also appear among the highest-risk cases. SafeLives data for the 12 months to 30 September 2024 "
            "show that 6.4% of cases discussed at a multi-agency risk assessment conference (MARAC) involved a male "
            "victim. The Men’s Advice Line (0808 801 0327) offers dedicated support.</p>"
            "<p>The overall pattern is still gendered. In domestic abuse-related crimes recorded by police in the "
            "year ending March 2022, 74.1% of victims were female. Of the victims of domestic homicide in the years "
            "ending March 2019 to March 2021, 72.1% were female.</p>"
            "<p>Good practice holds both facts together. Take every disclosure seriously, whatever the person’s "
            "gender, and offer the service that fits their situation.</p>"
        ),
        "tags": ["male victims", "gender", "prevalence"],
        "sources": [
            SOURCE_ONS_OVERVIEW_2024,
            SOURCE_SAFELIVES_MARAC_DATA,
            SOURCE_CENTRE56_MENS_ADVICE_LINE,
            SOURCE_ONS_VICTIM_CHARACTERISTICS_2022,
        ],
    },
    {
        "key": "pregnancy-protective",
        "statement": "Pregnancy is a protective time. Partners don’t abuse women while they’re pregnant.",
        "fact": (
            "Pregnancy does not protect women from domestic abuse. UK royal colleges describe pregnancy as a time "
            "when abuse may start or intensify, with serious risks for both mother and baby."
        ),
        "explanation": (
            "<p>In a joint statement in 2020, the Royal College of Midwives (RCM) and the Royal College of "
            "Obstetricians and Gynaecologists (RCOG) said that domestic abuse is more likely to start or to worsen "
            "during pregnancy. They reported that it roughly doubles the risk of the baby being born prematurely or "
            "with a low birth weight.</p>"
            "<p>Risk tools reflect this. The police version of the Domestic Abuse, Stalking and Harassment and "
            "Honour-Based Violence (DASH) checklist includes a question on pregnancy and on whether the victim has "
            "given birth within the last 18 months, and local safeguarding guidance treats pregnancy as a high-risk "
            "indicator on DASH.</p>"
            "<p>Read the wider evidence with care. You may see the claim that nearly 30% of domestic abuse starts in "
            "pregnancy. The RCM has used this figure, but the research behind it is not stated, so treat it as "
            "indicative rather than settled. Australian national antenatal guidelines also point out that studies do "
            "not consistently find violence becoming more frequent or severe in pregnancy, and that estimates of how "
            "common it is vary from 1% to 20%.</p>"
            "<p>The safe conclusion for practice: pregnancy is a time to ask, not a reason to assume all is well.</p>"
        ),
        "tags": ["pregnancy", "maternity", "risk", "dash"],
        "sources": [
            SOURCE_RCM_RCOG_2020,
            SOURCE_DASH_POLICE_FORM_2009,
            SOURCE_LRSB_PREGNANCY,
            SOURCE_RCM_2016,
            SOURCE_AUSTRALIA_ANTENATAL,
        ],
    },
    {
        "key": "low-dash-score-low-risk",
        "statement": "If she answers ‘yes’ to fewer than 14 questions on the risk checklist, the risk is low.",
        "fact": (
            "A score is a starting point, not a verdict. Professional judgement, signs of escalation and the victim’s "
            "own words can all point to high risk when the tick count is below 14."
        ),
        "explanation": (
            "<p>On the Domestic Abuse, Stalking and Harassment and Honour-Based Violence (DASH) checklist, 14 or more "
            "‘yes’ answers are usually treated as visible high risk and a reason to refer to a multi-agency risk "
            "assessment conference (MARAC). SafeLives sets out three further routes to MARAC: professional judgement, "
            "potential escalation and repeat referral. It stresses that the checklist should not be treated as a "
            "tick-box exercise, and that judgement should never be used to downgrade a high score.</p>"
            "<p>The Hampshire inspection gave a telling example. Asked if the abuse was becoming more frequent, an "
            "adult victim ticked ‘no’, then added a note below explaining that this was because it was constant. "
            "Counting ticks would have suggested the risk was not rising, which was the opposite of her "
            "experience.</p>"
            "<p>Scores can also miss people who are later killed. In an analysis of 135 domestic homicide reviews "
            "reported by the BBC, only around one in five of those victims had been graded as high risk on their DASH "
            "forms.</p>"
            "<p>Read each answer in context, write down the victim’s own words, and refer on professional judgement "
            "when you are seriously worried, whatever the number.</p>"
        ),
        "tags": ["dash", "risk assessment", "marac", "professional judgement"],
        "sources": [
            SOURCE_JTAI_LETTER,
            SOURCE_SAFELIVES_MARAC_DEFINITIONS,
            SOURCE_SAFELIVES_MARAC_CRITERIA,
            SOURCE_BBC_DASH_2025,
        ],
    },
    {
        "key": "asking-offends",
        "statement": "Asking pregnant women about domestic abuse will offend them.",
        "fact": (
            "Most women are comfortable being asked. In one study, 94.4% of women said they were comfortable with a "
            "midwife asking about abuse and 96.6% thought it was appropriate."
        ),
        "explanation": (
            "<p>Salmon, Baird and White (2013) surveyed women using maternity services about routine enquiry. Nearly "
            "all of them were at ease with a midwife raising the subject and thought it was right for a midwife to "
            "ask.</p>"
            "<p>Women who were being abused did not always disclose the first time they were asked. Being asked still "
            "mattered, because it showed them they could raise it at a later appointment. A ‘no’ today does not mean "
            "the question was wasted.</p>"
            "<p>How you ask matters as much as whether you ask. Quality standard 116 from the National Institute for "
            "Health and Care Excellence (NICE) says people with possible indicators of abuse should be asked about it "
            "in private.</p>"
            "<p>Hampshire’s inspectors called for a consistent approach to routine enquiry about domestic abuse in "
            "pregnancy, describing it as central to spotting and assessing abuse early.</p>"
        ),
        "tags": ["routine enquiry", "pregnancy", "maternity", "disclosure"],
        "sources": [
            SOURCE_SALMON_2013,
            SOURCE_NICE_QS116_STATEMENT_1,
            SOURCE_JTAI_LETTER,
        ],
    },
    {
        "key": "separation-ends-abuse",
        "statement": "Once they’ve separated, the abuse, and the risk to the children, is over.",
        "fact": (
            "Abuse often carries on after a relationship ends, and the danger can grow. The coercive control offence "
            "was widened in 2023 so that it covers abuse after separation."
        ),
        "explanation": (
            "<p>From 5 April 2023, changes made by the Domestic Abuse Act 2021 mean that partners, former partners "
            "and family members no longer have to live together for the controlling or coercive behaviour offence to "
            "apply. This brought post-separation abuse within the offence. The change does not apply to behaviour "
            "before that date.</p>"
            "<p>Separation can also be a time of serious danger. The Femicide Census found that at least 40% of the "
            "women killed by a current or former partner in 2022 were leaving or had already left. In the <em>Safety "
            "in Numbers</em> study of independent domestic violence advocate (IDVA) services, about three-quarters of "
            "high-risk women no longer lived with the abuser.</p>"
            "<p>Children are not automatically safe once parents separate. The Safe &amp; Together model, developed "
            "by David Mandel, cautions against assuming that ending the relationship resolves the risk. It keeps the "
            "focus on the abusive parent’s pattern of behaviour and on working alongside the non-abusing parent.</p>"
            "<p>Keep assessing risk after separation, and do not close a case simply because the couple have split "
            "up.</p>"
        ),
        "tags": ["separation", "post-separation abuse", "children", "coercive control"],
        "sources": [
            SOURCE_MILLS_REEVE_CCB,
            SOURCE_FEMICIDE_CENSUS_2022,
            SOURCE_COMMUNITY_CARE_IDVA,
            SOURCE_GUARDIAN_SAFETY_IN_NUMBERS,
            SOURCE_SAFE_AND_TOGETHER,
        ],
    },
    {
        "key": "mental-illness-unreliable",
        "statement": "You can’t rely on what she says about abuse. She has mental health problems.",
        "fact": (
            "Having a mental health condition rarely makes someone’s account of their own abuse unreliable. False "
            "allegations are rare, and people in contact with mental health services face a high risk of abuse."
        ),
        "explanation": (
            "<p>A resource written to help mental health professionals respond to domestic violence and abuse states "
            "that false allegations are rare, and that psychiatric symptoms only rarely undermine the reliability of "
            "someone’s account of abuse. It cites UK survey estimates that, among people with severe mental illness "
            "who are in touch with services, 69% of women and 49% of men have experienced domestic violence and "
            "abuse.</p>"
            "<p>Abuse can itself damage mental health. In 2020 the Royal College of Midwives (RCM) and the Royal "
            "College of Obstetricians and Gynaecologists (RCOG) reported that more than 40% of survivors go on to "
            "have mental health problems. The charity Agenda puts the proportion of women with a mental health "
            "problem who have experienced domestic abuse at 38%.</p>"
            "<p>Even so, many people are never asked. Of the 42 mental health trusts that responded to Agenda’s 2019 "
            "freedom of information requests, 15 had no policy on routine enquiry, and in one trust just 3% of "
            "patients were asked. Guidance from the National Institute for Health and Care Excellence (NICE), as "
            "quoted in press coverage, expects trained mental health staff to ask about domestic abuse routinely, "
            "even when there are no obvious signs.</p>"
            "<p>Listen, record the account in the person’s own words, and assess risk in the usual way.</p>"
        ),
        "tags": ["mental health", "disclosure", "routine enquiry", "think family"],
        "sources": [
            SOURCE_LARA_VP,
            SOURCE_RCM_RCOG_2020,
            SOURCE_MHT_AGENDA_FOI,
            SOURCE_SKY_AGENDA_ROUTINE_ENQUIRY,
        ],
    },
    {
        "key": "victims-would-tell",
        "statement": "If it was really that bad, she would have told someone.",
        "fact": (
            "Many victims do tell professionals, often several times, before they get help that works. The real "
            "question is whether services notice and respond."
        ),
        "explanation": (
            "<p>SafeLives’ report <em>Getting it right first time</em> (2015) found that in the 12 months before "
            "effective help arrived, 85% of victims had gone to professionals for help, on average five times. "
            "Families had lived with the abuse for an average of 2.7 years before getting help that made a "
            "difference.</p>"
            "<p>Many of those contacts were with mainstream services. Of high-risk victims, 78% had reported to the "
            "police and 23% had attended accident and emergency departments, some as many as 15 times. SafeLives’ "
            "<em>In Plain Sight</em> research found that at least one agency had contact with 80% of children living "
            "with high-risk abuse, although children’s social care knew about only half of them.</p>"
            "<p>Disclosure is a process, not a single moment. In one study of antenatal enquiry, women who were being "
            "abused often did not tell the midwife on the first occasion, but knew they could come back to it. Keep "
            "asking safely, notice repeated attendances, and act on what you see as well as what you are told.</p>"
        ),
        "tags": ["disclosure", "help-seeking", "missed opportunities"],
        "sources": [
            SOURCE_SAFELIVES_GETTING_IT_RIGHT,
            SOURCE_SAFELIVES_IN_PLAIN_SIGHT,
            SOURCE_SALMON_2013,
        ],
    },
    {
        "key": "perpetrators-never-change",
        "statement": "Perpetrators never change, so there’s no point working with them.",
        "fact": (
            "Some people who abuse can and do change when the right intervention comes at the right time. In "
            "Hampshire, Project CARA (Cautioning and Relationship Abuse) workshops were linked to much lower "
            "reoffending among first-time, low-to-medium-risk offenders."
        ),
        "explanation": (
            "<p>Project CARA (Cautioning and Relationship Abuse) combines a police conditional caution with two "
            "awareness-raising workshops delivered by the Hampton Trust. It is aimed at first-time domestic abuse "
            "offenders assessed as low to medium risk. A Cambridge University randomised trial began in western "
            "Hampshire in 2012.</p>"
            "<p>Early trial results for 112 men showed that those who attended the workshops were 46% less likely to "
            "reoffend within the first 12 months. The Hampton Trust reported 35% fewer reoffenders in the final "
            "trial. A later University of Birmingham evaluation of 510 offenders, whose offences took place in "
            "2018/19, found 41% less reoffending at 12 months. The 2017 inspection letter called the scheme, which it "
            "named Operation Cara, award-winning.</p>"
            "<p>These results apply to a particular group. They do not show that every perpetrator will change, or "
            "that change will be quick. Programmes also need to be available when they are needed: inspectors found "
            "delays in access to the accredited Building Better Relationships programme in Hampshire.</p>"
            "<p>Work with perpetrators should always run alongside support and safety planning for victims and "
            "children. Holding someone to account and offering a route to change go together.</p>"
        ),
        "tags": ["perpetrators", "behaviour change", "accountability", "cara"],
        "sources": [
            SOURCE_HAMPTON_TRUST_CARA_RESULTS,
            SOURCE_HAMPTON_TRUST_CARA,
            SOURCE_ANDOVER_CARA_2022,
            SOURCE_WHAT_WORKS_CARA,
            SOURCE_JTAI_LETTER,
        ],
    },
    {
        "key": "toxic-trio-parents-problem",
        "statement": "The ‘toxic trio’ shows that the parents are the problem.",
        "fact": (
            "The ‘toxic trio’ label is a blunt tool. Researchers who helped to popularise it now prefer to talk about "
            "cumulative harm, the evidence for it is weak, and it can blame mothers who are victims while hiding the "
            "abuser."
        ),
        "explanation": (
            "<p>The phrase grew out of Brandon and colleagues’ 2009 analysis of serious case reviews from 2005 to "
            "2007. Nearly three-quarters of the children in those reviews had lived with one or more of current or "
            "past domestic violence, parental mental ill-health and substance misuse. The authors described that mix "
            "as potentially toxic for the care a child receives.</p>"
            "<p>Peter Sidebotham, who wrote later national reviews with Marian Brandon, has said they now worry that "
            "the term itself has become ‘toxic’ because it is misread or given too much weight. Their reviews of 2011 "
            "to 2014 and 2014 to 2017 avoided it and used the idea of cumulative harm instead.</p>"
            "<p>A 2021 systematic review by Skinner and colleagues found only 20 relevant papers and little good "
            "evidence about how the three issues interact to lead to child maltreatment; few studies took account of "
            "socio-economic circumstances. Writing in Community Care in 2018, the charity Against Violence and Abuse "
            "(AVA) warned that the label risks portraying mothers, many of whom are being abused themselves, as the "
            "‘toxic’ ones, while the perpetrator’s responsibility goes unexamined.</p>"
            "<p>Hampshire’s inspectors found practitioners who understood the way neglect, domestic abuse and other "
            "kinds of harm affect one another, and who avoided single-issue solutions. Approaches such as the Safe "
            "&amp; Together model keep attention on the abusive parent’s behaviour while working alongside the "
            "non-abusing parent.</p>"
        ),
        "tags": ["toxic trio", "cumulative harm", "think family", "language"],
        "sources": [
            SOURCE_BRANDON_SCR_2009,
            SOURCE_SIDEBOTHAM_TOXIC_TERMINOLOGY,
            SOURCE_SKINNER_TOXIC_TRIO,
            SOURCE_COMMUNITY_CARE_TOXIC_TRIO,
            SOURCE_SAFE_AND_TOGETHER,
            SOURCE_JTAI_LETTER,
        ],
    },
]


CASE_STUDIES = [
    {
        "key": "fit-pilot",
        "title": "Domestic abuse specialists in Hampshire’s Family Intervention Teams",
        "setting": "Children’s services (child in need teams), Hampshire, 2015-16",
        "summary": (
            "A pilot funded by the Department for Education placed specialist domestic abuse workers inside child in "
            "need teams. Inspectors singled it out as highly effective practice."
        ),
        "body": (
            "<p>Inspectors picked out the domestic abuse specialist role in Hampshire’s Family Intervention Team "
            "(FIT) as highly effective practice. Funded by the Department for Education Innovation Fund, the 12-month "
            "pilot began in September 2015 and, having shown early success, was due to be extended.</p>"
            "<p>Eight domestic abuse workers were seconded into eight child in need teams, and the wider locality "
            "could also call on them. The pilot worked with 321 families, 77% of whom were affected by domestic "
            "abuse. One in five families showed signs of improvement early on, at least in the short term. Inspectors "
            "judged this impressive, because over half the families had long-standing, entrenched problems and a "
            "history with children’s social care.</p>"
            "<p>The workers spread their knowledge through weekly case discussions, by sitting alongside social "
            "workers, and by using the abuse wheel and reading material such as the book <em>Living with a "
            "Dominator</em>. At team away days they shared poems, among them ‘Why doesn’t she just leave’, to "
            "challenge professional myths about the emotional harm abuse causes.</p>"
            "<p>Families engaged well. They saw the FIT worker as an independent voice for the parent being abused "
            "rather than as ‘a social worker’, so mistrust faded quickly. Being in the family home helped social "
            "workers understand how to recognise compliance and control, and the FIT workers noticed the greatest "
            "change in their work on coercion and controlling behaviour. Workers could quickly arrange practical "
            "safety measures such as new locks and alarms. They worked closely with independent domestic violence "
            "advocates (IDVAs), referred directly to the multi-agency risk assessment conference (MARAC) and ran the "
            "Freedom Programme. With their encouragement, victims were more inclined to have their say at child "
            "protection conferences and to take up one-to-one sessions of the Freedom Programme.</p>"
        ),
        "learning_points": [
            (
                "Placing domestic abuse expertise inside child in need teams helped social workers recognise "
                "compliance and control in the home."
            ),
            (
                "A parent who is being abused may engage more readily with a worker they see as their own independent "
                "voice."
            ),
            (
                "Practical safety steps, such as changing locks or fitting alarms, can be arranged quickly as part of "
                "safety planning."
            ),
            (
                "Encouragement from a trusted worker helped victims to have their say at child protection conferences "
                "and to take up one-to-one Freedom Programme support."
            ),
        ],
        "source": SOURCE_JTAI_LETTER,
    },
    {
        "key": "dash-constant",
        "title": "‘No, because it happens all the time’: what a tick box can hide",
        "setting": "Police and children’s social care, Hampshire, inspected December 2016",
        "summary": (
            "A victim’s ‘no’ on a risk checklist concealed abuse that had become constant. Inspectors used the case "
            "to show why the full risk assessment, not just its score, needs to reach children’s social care."
        ),
        "body": (
            "<p>Inspectors found that at almost every domestic abuse incident police attended, officers filled in a "
            "Domestic Abuse, Stalking and Harassment and Honour-Based Violence (DASH) risk assessment and also sent a "
            "safeguarding referral to the Children’s Reception Team (CRT). Risk was being recognised. Assessments "
            "were generally of good quality, although they varied, and the best responses were seen where the risk "
            "was highest.</p>"
            "<p>The difficulty lay in what happened to the information next. The DASH forms themselves were not "
            "routinely passed to children’s social care. Without the detail, a score or rating on its own could "
            "mislead, and children’s social care and the multi-agency safeguarding hub (MASH) might not see the full "
            "extent of the risk.</p>"
            "<p>One case showed how. After an adult victim disclosed an assault, a DASH assessment was completed. "
            "Asked if the abuse was becoming more frequent, she answered ‘no’. Below that answer she had added that "
            "the reason was that it was happening all the time. Read as a tick, her reply suggested the risk was not "
            "escalating, which was the reverse of her experience.</p>"
            "<p>Police leaders and partners knew about the problem. They were working to streamline how information "
            "was shared, and they planned a fuller multi-agency first response while an incident was still ‘live’. "
            "The letter also asked agencies to use DASH consistently and to share the complete documents with "
            "children’s social care.</p>"
        ),
        "learning_points": [
            "Read the victim’s words as well as the ticks: a ‘no’ can mean the abuse has become constant.",
            "A score or rating passed on without its detail can give partners a false picture of risk.",
            (
                "Share the full risk assessment with children’s social care so that decisions about children rest on "
                "the whole picture."
            ),
            (
                "Use risk tools qualitatively, alongside history and professional judgement, rather than as a simple "
                "count."
            ),
        ],
        "source": SOURCE_JTAI_LETTER,
    },
    {
        "key": "ed-coercive-control-referral",
        "title": "An emergency department referral that saw the whole picture",
        "setting": "Hospital emergency department, Southampton (Hampshire inspection, December 2016)",
        "summary": (
            "Inspectors praised a referral from a hospital safeguarding team because it showed a clear understanding "
            "of coercive control, earlier abuse and social isolation."
        ),
        "body": (
            "<p>In Hampshire, the police made most referrals to children’s social care about domestic abuse. "
            "Inspectors found that many other partners also referred appropriately when they were worried about "
            "domestic abuse, including schools, nurseries, health services and the perinatal mental health service. "
            "Referral routes into the multi-agency safeguarding hub (MASH) and the Children’s Reception Team (CRT) "
            "were clear, and thresholds were well understood and applied consistently.</p>"
            "<p>Among the strong examples inspectors described was a referral made by the Vulnerable Adults "
            "Safeguarding Team (VAST) based in the Emergency Department at Southampton Hospital. What set it apart "
            "was the quality of its thinking about risk. It showed that the referrer understood coercive control, saw "
            "why earlier domestic abuse was relevant to the present situation, and had considered the effect of "
            "social isolation on the person.</p>"
            "<p>The letter does not describe the patient or what brought them to hospital, so this case study does "
            "not add any details. Its value lies in what a good referral contains. An emergency department may see "
            "someone only briefly. A referral that looks past the presenting problem, and explains the pattern of "
            "control, the history of abuse and how cut off the person is, gives the receiving team far more to work "
            "with than an account of a single event.</p>"
        ),
        "learning_points": [
            "A strong referral describes patterns of control, not only the incident in front of you.",
            "Earlier domestic abuse is relevant history and belongs in the referral.",
            "Note social isolation: who the person can turn to is part of understanding the risk.",
            (
                "Teams that work mainly with adults have an important part to play in spotting domestic abuse and "
                "referring it well."
            ),
        ],
        "source": SOURCE_JTAI_LETTER,
    },
    {
        "key": "adult-mental-health-referral",
        "title": "Adult mental health and substance misuse: keeping the children in view",
        "setting": (
            "Adult mental health services and adult substance misuse services, Hampshire, inspected December 2016"
        ),
        "summary": (
            "Inspectors found that adult services did not always show how domestic abuse was affecting children or a "
            "parent’s capacity to keep them safe, and called for a stronger ‘think family’ approach."
        ),
        "body": (
            "<p>The Hampshire inspection judged the overall response to children affected by domestic abuse to be "
            "strong, but it named services for adults with mental health or substance misuse needs as areas with room "
            "to improve.</p>"
            "<p>In adult substance misuse records, inspectors could not consistently see how domestic abuse was "
            "affecting the children, or how it was affecting the parent’s ability to keep them safe. Adult mental "
            "health practitioners did refer to children’s social care, but their referrals did not reliably spell out "
            "the risks to the children and how the abuse was affecting them. Inspectors said more work was needed to "
            "make a ‘think family’ approach part of routine practice. Both services also needed to play a full, "
            "day-to-day part in local arrangements for safeguarding children.</p>"
            "<p>The same letter shows what good looks like. Children’s voices and daily experiences were recorded "
            "especially well in health visitors’ records, and in records from child and adolescent mental health "
            "services (CAMHS) and perinatal mental health. The perinatal mental health service was also among the "
            "partners referring appropriately. At one general practitioner (GP) practice, a safeguarding meeting "
            "brought together a troubled-families worker, a community police officer, a school nurse, a health "
            "visitor and community mental health staff, and the inspector saw domestic abuse cases being "
            "discussed.</p>"
            "<p>For adult-facing practitioners, the lesson is to see the person in front of you as a parent as well "
            "as a patient or client: find out who lives with them, think about what the children are experiencing, "
            "and set out that analysis in any referral.</p>"
        ),
        "learning_points": [
            (
                "When you refer a parent’s case to children’s social care, explain the specific risks to each child "
                "and how the abuse is affecting them."
            ),
            (
                "Record how domestic abuse is affecting a parent’s capacity to keep their children safe, alongside "
                "their mental health or substance use."
            ),
            (
                "Think family: ask whether the adult you are working with is a parent or carer, and who else lives in "
                "the home."
            ),
            (
                "Adult mental health and substance misuse services are key partners in safeguarding children, not "
                "only sources of referrals."
            ),
        ],
        "source": SOURCE_JTAI_LETTER,
    },
    {
        "key": "police-children-not-seen",
        "title": "Police responses: were the children seen?",
        "setting": "Hampshire Constabulary frontline response and referrals, inspected December 2016",
        "summary": (
            "Police recognised domestic abuse and referred consistently, but in most cases the records did not show "
            "whether officers had seen the children, talked to them or checked how they were."
        ),
        "body": (
            "<p>Hampshire’s police leaders had made protecting children in homes affected by domestic abuse a clear "
            "priority, and inspectors saw a real change in police culture, with officers more alert to the broader "
            "picture of domestic abuse. Frontline officers routinely recognised domestic abuse incidents and referred "
            "to children’s social care, and the police were the source of most referrals to children’s social "
            "care.</p>"
            "<p>The gap was in what the records said about the children. In most of the cases inspectors looked at, "
            "there was no clear record of whether officers had seen the children, talked with them or checked on "
            "their welfare. Police leaders knew this and were working to make sure the information was recorded and "
            "passed to partners.</p>"
            "<p>Detail was also lost between forms. Officers filled in a Domestic Abuse, Stalking and Harassment and "
            "Honour-Based Violence (DASH) assessment and, separately, a referral form that carried the DASH result "
            "but not the detail behind it. Officers too often looked at each risk in isolation and at the incident in "
            "front of them, without giving enough weight to past history, the nature of the risk indicators, the "
            "person’s vulnerability and the wider circumstances. Reviews in the multi-agency safeguarding hub (MASH) "
            "raised or lowered risk levels appropriately, with written reasons. This showed good triage, but also "
            "that the first police response needed more work.</p>"
            "<p>Inspectors asked the partnership to settle on a single assessment tool and to use it consistently, "
            "drawing on the detail as well as the score. They said closer supervision of frontline officers would "
            "help make sure every child was seen and their needs identified straight away, and that the force should "
            "widen its dip sampling of referral quality.</p>"
        ),
        "learning_points": [
            (
                "At every domestic abuse incident, see and speak to each child where it is safe to do so, and record "
                "what you saw, what they said and how you assessed their welfare."
            ),
            "A score alone does not tell partners what a child is living with, so pass on the detail behind it.",
            "Look at history, vulnerability and wider factors, not only the incident you are attending.",
            "Supervisors play a key part in checking that children are seen and their needs recognised.",
        ],
        "source": SOURCE_JTAI_LETTER,
    },
]


SUPPORT_SERVICES = [
    {
        "key": "emergency-999",
        "name": "Emergency services (999)",
        "phone": "999",
        "opening_hours": "24 hours",
        "url": "https://dahalliance.org.uk/guidance-publications/i-am-experiencing-domestic-abuse/",
        "who_for": "Anyone in immediate danger or at risk of harm right now.",
        "notes": (
            "If you ring 999 from a mobile and cannot talk, stay on the line. When a recorded message prompts you, "
            "press 55. This is called the Silent Solution. Pressing 55 does not tell the police where you are. On a "
            "landline, if the operator can hear only background noise, they may connect you to the police, and if the "
            "handset is replaced the line may remain open for about 45 seconds."
        ),
    },
    {
        "key": "national-domestic-abuse-helpline",
        "name": "National Domestic Abuse Helpline",
        "phone": "0808 2000 247",
        "opening_hours": "Free, 24 hours",
        "url": "https://refuge.org.uk/",
        "who_for": "Anyone experiencing domestic abuse, and people supporting them.",
        "notes": (
            "Run by the charity Refuge. If you are calling about your own situation, think about when and where it is "
            "safe to make the call."
        ),
    },
    {
        "key": "mens-advice-line",
        "name": "Men’s Advice Line",
        "phone": "0808 801 0327",
        "opening_hours": "Check current opening hours on the service’s website",
        "url": "https://respect.uk.net/",
        "who_for": "Men experiencing domestic abuse.",
        "notes": "Run by the charity Respect.",
    },
    {
        "key": "respect-phoneline",
        "name": "Respect Phoneline",
        "phone": "0808 802 4040",
        "opening_hours": "Check current opening hours on the service’s website",
        "url": "https://respectphoneline.org.uk/",
        "who_for": "People who are concerned about their own abusive behaviour, and professionals supporting them.",
        "notes": (
            "This line is for people who are using abuse, not for victims. Victims can call the National Domestic "
            "Abuse Helpline or the Men’s Advice Line."
        ),
    },
    {
        "key": "galop",
        "name": "Galop",
        "phone": "0800 999 5428",
        "opening_hours": "Limited hours on weekdays. Check current opening hours on the service’s website",
        "url": "",
        "who_for": "Lesbian, gay, bisexual and trans (LGBT+) people experiencing domestic abuse.",
        "notes": "A specialist service for LGBT+ victims of domestic abuse and violence.",
    },
    {
        "key": "karma-nirvana",
        "name": "Karma Nirvana",
        "phone": "0800 5999 247",
        "opening_hours": "Check current opening hours on the service’s website",
        "url": "https://karmanirvana.org.uk/",
        "who_for": "People affected by so-called honour-based abuse or forced marriage.",
        "notes": (
            "Published opening hours have differed between versions of the charity’s website, so confirm them before "
            "relying on them. In an emergency, call 999."
        ),
    },
    {
        "key": "forced-marriage-unit",
        "name": "Forced Marriage Unit",
        "phone": "020 7008 0151",
        "opening_hours": "Weekday office hours",
        "url": "",
        "who_for": "Anyone affected by forced marriage, and people supporting them.",
        "notes": "If someone is in immediate danger, call 999.",
    },
    {
        "key": "nspcc-helpline",
        "name": "NSPCC Helpline (National Society for the Prevention of Cruelty to Children)",
        "phone": "0808 800 5000",
        "opening_hours": "Check current opening hours on the service’s website",
        "url": "https://nspcc.org.uk/what-you-can-do/report-abuse/",
        "who_for": "Adults who are worried about a child.",
        "notes": "Children and young people who want to talk to someone themselves can contact Childline.",
    },
    {
        "key": "childline",
        "name": "Childline",
        "phone": "0800 1111",
        "opening_hours": "Free, 24 hours",
        "url": "",
        "who_for": "Children and young people.",
        "notes": "A free line for children and young people who need someone to talk to, at any time of day or night.",
    },
    {
        "key": "ask-for-ani",
        "name": "Ask for ANI (Action Needed Immediately)",
        "phone": "",
        "opening_hours": "Whenever a participating pharmacy is open",
        "url": "https://cpwales.org.uk/ask-for-ani-domestic-abuse-codeword-scheme-d54/",
        "who_for": "Anyone experiencing domestic abuse who needs a discreet way to ask for help.",
        "notes": (
            "A codeword scheme launched on 14 January 2021. Asking pharmacy staff for ‘ANI’ in a participating "
            "pharmacy signals that you need help. Staff will take you to a private space, and can ring 999 for you or "
            "help you get in touch with a helpline or support service."
        ),
    },
]
