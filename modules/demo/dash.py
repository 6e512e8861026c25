"""Demo module: DASH risk assessments that tell the whole story.

Plain data only (see docs/content-format.md). Facts come from the shared fact brief and the
Hampshire joint targeted area inspection letter (February 2017). Undated web pages carry the
year "n.d." (no date).
"""

# Sources (each used in at least one lesson's sources block or quiz question).

_LETTER = {
    "title": "Joint targeted area inspection of the multi-agency response to abuse and neglect in Hampshire",
    "publisher": "Ofsted, CQC, HMIC and HMI Probation",
    "year": "2017",
    "url": "",
}
_FAMILY_LAW_WEEK_S3 = {
    "title": "Domestic Abuse Act 2021: commencement of section 3 (children as victims)",
    "publisher": "Family Law Week",
    "year": "2022",
    "url": "https://familylawweek.co.uk/site.aspx?i=ed228107",
}
_NPCC_RISK_TOOLS = {
    "title": "Police use of domestic abuse risk assessment tools (statement, mirrored copy)",
    "publisher": "National Police Chiefs’ Council",
    "year": "2025",
    "url": "https://securengin.fifthestate.nz/2025/08/22/police-use-of-domestic-abuse-risk-assessment-tools",
}
_COLLEGE_OF_POLICING_DARA = {
    "title": "Police better equipped to spot controlling behaviour",
    "publisher": "College of Policing",
    "year": "2022",
    "url": "https://college.police.uk/article/police-better-equipped-spot-controlling-behaviour",
}
_PLYMOUTH_DASH = {
    "title": "SafeLives Dash risk identification checklist",
    "publisher": "Plymouth Safeguarding Children Partnership",
    "year": "n.d.",
    "url": "https://plymouthscb.co.uk/safe-lives-dash-ric-checklist",
}
_DASH_FAQS = {
    "title": "DASH (2009) frequently asked questions",
    "publisher": "Association of Chief Police Officers and CAADA (now SafeLives), copy hosted by Reducing the Risk",
    "year": "2009",
    "url": "https://rtr-champs.org.uk/cms/content/risk",
}
_DASH_MODEL_2009 = {
    "title": "DASH (2009) risk identification, assessment and management model",
    "publisher": "Association of Chief Police Officers and CAADA (now SafeLives), copy hosted by Studylib",
    "year": "2009",
    "url": "https://studylib.net/doc/18565544/",
}
_SAFELIVES_QUICK_START = {
    "title": "Quick start guidance for the Dash risk checklist",
    "publisher": "SafeLives",
    "year": "n.d.",
    "url": "https://safelives.org.uk/resources-library/quick-start-guidance-for-dash-risk-checklist/",
}
_SAFELIVES_IDENTIFYING_RISK = {
    "title": "Resources for identifying the risk victims face",
    "publisher": "SafeLives",
    "year": "n.d.",
    "url": "https://safelives.org.uk/practice-support/resources-identifying-risk-victims-face",
}
_POLICE_DASH_FORM = {
    "title": "DASH (2009) risk identification form, police version",
    "publisher": "Association of Chief Police Officers and CAADA (now SafeLives), copy hosted by Paperzz",
    "year": "2009",
    "url": "https://paperzz.com/doc/7134875/dash-risk-form",
}
_BBC_DASH = {
    "title": "Minister admits domestic abuse screening tool doesn’t work (summary of BBC report)",
    "publisher": "BBC News",
    "year": "2025",
    "url": "https://heroku.briefly.co/anchor/UK_politics/story/minister-admits-domestic-abuse-screening-tool-doesnt-work",
}
_ARE_YOU_AFRAID = {
    "title": "Are you afraid?",
    "publisher": "Sarah Blake",
    "year": "2018",
    "url": "https://sarahblake.co.uk/2018/06/29/are-you-afraid/",
}
_PSNI_FOI = {
    "title": "Risk assessment: domestic abuse (freedom of information disclosure)",
    "publisher": "Police Service of Northern Ireland",
    "year": "n.d.",
    "url": "https://psni.police.uk/foi-disclosure-log/risk-assessment-domestic-abuse",
}
_MARAC_CRITERIA = {
    "title": "Marac referral criteria and form",
    "publisher": "SafeLives",
    "year": "n.d.",
    "url": "https://safelives.org.uk/resources-library/marac-referral-criteria-and-form/",
}
_MARAC_DEFINITIONS = {
    "title": "Marac referral criteria: definitions",
    "publisher": "SafeLives, copy hosted by Docsbay",
    "year": "n.d.",
    "url": "https://docsbay.net/marac-referral-criteria-definitions",
}
_KENT_MEDWAY_REFERRAL = {
    "title": "Make a referral",
    "publisher": "Kent and Medway domestic abuse services",
    "year": "n.d.",
    "url": "https://domesticabuseservices.org.uk/practitioners/make-a-referral",
}
_REPEAT_MARAC = {
    "title": "Definition of a repeat Marac",
    "publisher": "SafeLives",
    "year": "n.d.",
    "url": "https://safelives.org.uk/definition-repeat-marac",
}
_MERSEY_CARE_MARAC = {
    "title": "Multi-agency risk assessment conference (MARAC)",
    "publisher": "Mersey Care NHS Foundation Trust",
    "year": "n.d.",
    "url": "https://yourspace.merseycare.nhs.uk/safeguarding/domestic-abuse-1/multi-agency-risk-assessment-conference-marac",
}
_BUCKS_MARAC = {
    "title": "MARAC",
    "publisher": "Buckinghamshire children’s multi-agency procedures",
    "year": "n.d.",
    "url": "https://buckschildrensmapp.co.uk/marac",
}
_FRG_MARAC = {
    "title": "A multi-agency risk assessment conference (MARAC)",
    "publisher": "Family Rights Group",
    "year": "n.d.",
    "url": "https://frg.org.uk/a-multi-agency-risk-assessment-conference-marac",
}
_MARAC_MODEL = {
    "title": "A risk-led approach to domestic violence: the MARAC model in the UK",
    "publisher": "ResearchGate",
    "year": "n.d.",
    "url": "https://researchgate.net/publication/265784693_A_RISK-LED_APPROACH_TO_DOMESTIC_VIOLENCE_THE_MARAC_MODEL_IN_THE_UK",
}
_MARAC_DATA = {
    "title": "Marac data: 12 months to 30 September 2024",
    "publisher": "SafeLives",
    "year": "2024",
    "url": "https://safelives.org.uk/research-policy/practitioner-datasets/marac-data",
}
_IN_PLAIN_SIGHT = {
    "title": "In plain sight: effective help for children exposed to domestic abuse",
    "publisher": "SafeLives (then CAADA)",
    "year": "2014",
    "url": "https://safelives.org.uk/policy-evidence/effective-help-children-living-domestic-abuse",
}
_SAFELIVES_CHILDRENS_INSIGHTS = {
    "title": "World Mental Health Day 2019 (children’s Insights data)",
    "publisher": "SafeLives",
    "year": "2019",
    "url": "https://safelives.org.uk/world-mental-health-day-2019",
}
_GETTING_IT_RIGHT = {
    "title": "Getting it right first time",
    "publisher": "SafeLives",
    "year": "2015",
    "url": "https://safelives.org.uk/policy-evidence/getting-it-right-first-time",
}


# Lesson 1 ------------------------------------------------------------------------------------

_LESSON_1 = {
    "title": "Every incident, every time: what DASH is for",
    "slug": "every-incident-every-time",
    "summary": "What the DASH checklist does and does not do, why it is completed at every incident, "
    "and how to prepare before you ask.",
    "body": [
        (
            "text",
            "<h2>Why this module matters</h2>"
            "<p>The Domestic Abuse, Stalking and Harassment and Honour-Based Violence (DASH) "
            "checklist is a shared set of questions that helps practitioners recognise when an "
            "adult victim faces a high risk of serious harm. Police officers, health staff, social "
            "workers and specialist services all come across it in their work.</p>"
            "<p>In December 2016, Ofsted, the Care Quality Commission and the inspectorates of "
            "constabulary and probation looked closely at how Hampshire agencies responded to "
            "children living with domestic abuse. They "
            "named two practical improvements: use DASH consistently across agencies, and "
            "send the full DASH to children’s social care rather than only its result. This module "
            "is built around those two points.</p>",
        ),
        (
            "support",
            {
                "heading": "Support if you need it",
                "intro": "Some learners will have their own experience of domestic abuse. You can "
                "pause at any point and come back later. If you or anyone else is in danger now, "
                "call 999.",
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
            "<h2>What DASH is, and what it is not</h2>"
            "<p>DASH was developed by Laura Richards for the police service, working with the charity "
            "now called SafeLives. It was accredited for police use across the United Kingdom in "
            "March 2009. Police forces use a police version; partner agencies such as health, "
            "children’s social care and specialist services use the SafeLives version.</p>"
            "<p>The SafeLives checklist has 24 questions. The police form is reported to be longer, "
            "at around 27 items, most of them answered yes, no or don’t know. The topics include "
            "whether the latest incident caused an injury, how frightened the victim is, conflict "
            "over contact with children, pregnancy or a baby born in the last 18 months, and whether "
            "the abuse is getting worse or happening more often.</p>"
            "<p>SafeLives describes the checklist as a simple, consistent tool for anyone working "
            "with <strong>adult</strong> victims. Its main purpose is to pick out high-risk cases "
            "that should go to a multi-agency risk assessment conference (MARAC). It is not an "
            "assessment of a child. If you are worried about a child, make a separate referral so "
            "that their safety is looked at properly.</p>"
            "<p>It also has limits: it identifies risk rather than predicting it, and it does not "
            "replace your training or your professional judgement.</p>"
            "<h3>Which tool does your force use?</h3>"
            "<p>In November 2022 the College of Policing introduced the Domestic Abuse Risk "
            "Assessment (DARA) for frontline officers, intended to replace DASH in policing and to "
            "give more weight to coercive control. Not every force has moved to it; some still use "
            "DASH. Check which tool your own organisation uses. The habits in this module apply "
            "whichever form is in front of you: look at the whole history, write down what the "
            "person tells you, and pass on the full picture.</p>",
        ),
        (
            "myth_fact",
            {
                "statement": "A DASH checklist can tell you which victims are going to be killed.",
                "is_true": False,
                "explanation": "<p>The authors of DASH are clear that it identifies risk; it does "
                "not predict what will happen. No procedure can reliably tell in advance which "
                "cases will end in a death.</p>"
                "<p>A high score is a reason to act, not a forecast. A lower score is not a promise of "
                "safety.</p>",
                "sources": [_DASH_MODEL_2009],
            },
        ),
        (
            "text",
            "<h2>Every incident, not only the ones that look serious</h2>"
            "<p>Inspectors found that Hampshire police completed a DASH for every domestic abuse "
            "incident they attended. That is the right starting point. The quality, though, was "
            "uneven. Too often officers looked at each risk factor on its own, and only at the "
            "incident in front of them, without enough weight on:</p>"
            "<ul>"
            "<li>the history of abuse in the relationship, including earlier call-outs;</li>"
            "<li>the type of risk indicator, since some answers signal far more danger than others;</li>"
            "<li>how vulnerable the victim and any children are;</li>"
            "<li>wider factors in the family’s life.</li>"
            "</ul>"
            "<p>Health services were not routinely completing a DASH when abuse was suspected, "
            "disclosed or reported. Inspectors said a full risk assessment would strengthen joint decisions about "
            "protecting a child or an unborn baby.</p>"
            "<h3>What this means in your role</h3>"
            "<ul>"
            "<li><strong>Police officers:</strong> complete the checklist at every incident, check "
            "what is already known about the household, and record what the victim says, not only "
            "the tick.</li>"
            "<li><strong>Health practitioners</strong> (general practitioners (GPs), midwives, "
            "health visitors, emergency department and mental health staff): when someone "
            "discloses abuse or you suspect it, complete the checklist in line with your local "
            "pathway and talk to your safeguarding lead.</li>"
            "<li><strong>Social workers, probation and youth justice staff:</strong> ask for the "
            "completed checklist, not just the risk level, and add what you know about the history "
            "and the children.</li>"
            "</ul>"
            "<p>Throughout, keep responsibility where it belongs. The abuse is the perpetrator’s "
            "behaviour. The checklist helps you see its pattern; it is never a judgement on the "
            "victim.</p>",
        ),
        (
            "text",
            "<h2>Before you ask the first question</h2>"
            "<p>SafeLives suggests a few simple checks before you start:</p>"
            "<ul>"
            "<li>Make sure the person has time, and that it is safe for them to talk right now.</li>"
            "<li>Agree a safe way to contact them afterwards.</li>"
            "<li>Find out where the perpetrator is, and where the children are.</li>"
            "<li>Explain why you are asking: the answers help you understand what is happening and "
            "arrange the right support.</li>"
            "</ul>"
            "<p>Many victims ask for help more than once before anyone responds effectively. Record "
            "even a partial account carefully, so the next professional can build on it.</p>",
        ),
        ("myth_fact", {"myth": "victims-would-tell"}),
        (
            "reflection",
            {
                "prompt": "Think about a DASH you recently completed, read or received. What did it "
                "tell you about the history of the abuse, and about any children in the home? What "
                "was missing?",
                "hint": "If you have not used DASH, think of any risk form you rely on: does it record "
                "what the person said, or only the outcome?",
            },
        ),
        (
            "key_points",
            {
                "heading": "Key points",
                "points": [
                    "DASH helps identify high-risk adult victims for MARAC. It does not predict "
                    "homicide and it does not replace your judgement.",
                    "Complete it at every incident or disclosure, and look beyond today: history, "
                    "type of indicator, vulnerability and wider factors.",
                    "Prepare first: time and safety to talk, safe contact details, where the "
                    "perpetrator and children are, and why you are asking.",
                    "The checklist is about the adult victim. Children need their own referral.",
                ],
            },
        ),
        (
            "sources",
            {
                "sources": [
                    _LETTER,
                    _PLYMOUTH_DASH,
                    _DASH_FAQS,
                    _DASH_MODEL_2009,
                    _SAFELIVES_QUICK_START,
                    _SAFELIVES_IDENTIFYING_RISK,
                    _POLICE_DASH_FORM,
                    _BBC_DASH,
                    _ARE_YOU_AFRAID,
                    _COLLEGE_OF_POLICING_DARA,
                    _PSNI_FOI,
                    _GETTING_IT_RIGHT,
                ]
            },
        ),
    ],
}


# Lesson 2 ------------------------------------------------------------------------------------

_LESSON_2 = {
    "title": "Reading the answers, not counting the ticks",
    "slug": "reading-the-answers",
    "summary": "Why a DASH score can point the wrong way, and how to record answers so their meaning survives.",
    "body": [
        (
            "text",
            "<h2>A score is a summary, not the story</h2>"
            "<p>Each “yes” on the checklist counts as a tick. Local guidance commonly groups the "
            "totals like this:</p>"
            "<ul>"
            "<li>1 to 9 ticks: standard risk;</li>"
            "<li>10 to 13 ticks: medium risk;</li>"
            "<li>14 or more ticks: high risk.</li>"
            "</ul>"
            "<p>The same guidance notes that other factors can raise the level of risk, but should "
            "not be used to lower it. A score is useful because it is quick and everyone "
            "understands it. Its weakness is that it records what was ticked, not what was "
            "meant.</p>"
            "<p>The Hampshire inspectors put it plainly. Because the full DASH was not routinely "
            "passed to children’s social care, the detail was lost and the score or rating could "
            "mislead. The case below is the example they gave.</p>",
        ),
        (
            "case_study",
            {
                "case_study": "dash-constant",
                "prompt": "As you read, ask yourself what someone who saw only the score would have concluded.",
            },
        ),
        (
            "text",
            "<h2>Why the tick pointed the wrong way</h2>"
            "<p>The victim answered “no” to the question about whether the abuse was happening "
            "more often. Underneath, she explained that this was because it was happening all the "
            "time. Counted as a tick, her answer suggested the situation was stable. Read properly, "
            "it described abuse so frequent that it had become constant.</p>"
            "<p>She did not answer wrongly. She answered honestly, and added what the box could not "
            "hold. A tick count could not carry that meaning; only her words could.</p>"
            "<h2>Answers that need their context</h2>"
            "<p>A practitioner writing about DASH has described how victims often say they are not "
            "very frightened, then disclose strangulation or rape later in the same conversation. "
            "There are many reasons someone might play down their fear. None of them reduces the "
            "danger the perpetrator poses. Read the whole checklist together, alongside your "
            "professional judgement.</p>"
            "<h3>Good recording habits</h3>"
            "<ul>"
            "<li>Write the person’s own words next to any answer that needs explaining, "
            "especially a “no” or a “don’t know”.</li>"
            "<li>Record what you saw, including the home, any injuries, the children and how the "
            "perpetrator behaved.</li>"
            "<li>Note the history: earlier incidents, previous referrals and other agencies "
            "involved.</li>"
            "<li>Flag single indicators that are serious on their own, such as strangulation, "
            "threats to kill, weapons or stalking, even when the total is low.</li>"
            "<li>State your professional judgement, and your reasons for it, in plain words.</li>"
            "</ul>",
        ),
        ("myth_fact", {"myth": "low-dash-score-low-risk"}),
        (
            "text",
            "<h2>What the wider evidence says</h2>"
            "<p>This is not only a Hampshire problem. The BBC has reported an analysis of 135 "
            "domestic homicide reviews (DHRs), the reviews held after a death linked to domestic "
            "abuse. Only around one in five of the DASH forms completed for those victims had "
            "graded them as high risk.</p>"
            "<p>The National Police Chiefs’ Council describes a risk assessment as a snapshot in "
            "time. Risk can change after the form is finished, so look at it again when "
            "circumstances change: a new incident, a pregnancy, or a dispute over contact with the "
            "children.</p>"
            "<p>None of this makes the checklist worthless. It means the checklist is where your "
            "thinking starts, not where it stops.</p>",
        ),
        (
            "scenario",
            {
                "situation": "<p>You are a response officer sent to a flat after a neighbour "
                "reports shouting. Jo, 32, lives there with her partner Lee and their two children, "
                "aged 4 and 9. Lee has left before you arrive. Jo has no visible injuries and says it "
                "was “just an argument”.</p>"
                "<p>You go through the checklist with her in the kitchen. She says “no” to being "
                "very frightened and “no” to the abuse getting worse. The total is 8. Near the end "
                "she mentions, quietly, that last month Lee put his hands around her throat. Force "
                "records show two earlier call-outs to the address this year.</p>",
                "question": "What should you do next?",
                "options": [
                    {
                        "text": "Record standard risk, based on the score of 8, and give Jo the helpline number.",
                        "feedback": "The score misses the most serious thing Jo told you. "
                        "Strangulation is a serious indicator on its own, this is the third call-out "
                        "this year, and two children live in the home. A helpline number is "
                        "helpful, but it is not a risk response.",
                        "is_best": False,
                    },
                    {
                        "text": "Write Jo’s words beside her answers, including the strangulation "
                        "and the earlier call-outs, record your professional judgement that the risk "
                        "is high, discuss a MARAC referral with your supervisor, and record whether "
                        "each child was seen and spoken to.",
                        "feedback": "This keeps the whole story. Her disclosure and the history "
                        "support a referral on professional judgement, whatever the tick count, and "
                        "three incidents this year may also meet the potential escalation route "
                        "covered in the next lesson. Recording each child means children’s social "
                        "care can see the risk to them too.",
                        "is_best": True,
                    },
                    {
                        "text": "Change Jo’s “no” answers to “yes”, because you believe she is playing the risk down.",
                        "feedback": "Your view matters, but it belongs in your professional "
                        "judgement, not in her answers. Altering what she said hides her own "
                        "account and makes the record unreliable. Record her answer, her words and "
                        "your reasons for concern separately.",
                        "is_best": False,
                    },
                    {
                        "text": "Leave the checklist for now and ask a colleague to complete it "
                        "with Jo next week, when things are calmer.",
                        "feedback": "Inspectors stressed responding while an incident is still "
                        "live. Waiting risks losing what Jo has shared and leaves her and the "
                        "children without a plan. Complete it now and review it later if things "
                        "change.",
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
                    "A tick count records what was ticked, not what was meant.",
                    "In the Hampshire case a “no” meant the abuse was constant, so the score "
                    "suggested the opposite of the truth.",
                    "Record the person’s own words, the history and what you observed alongside the answers.",
                    "Any assessment is a snapshot. Review it when circumstances change.",
                ],
            },
        ),
        (
            "sources",
            {
                "sources": [
                    _LETTER,
                    _PLYMOUTH_DASH,
                    _ARE_YOU_AFRAID,
                    _MARAC_DEFINITIONS,
                    _BBC_DASH,
                    _NPCC_RISK_TOOLS,
                    _POLICE_DASH_FORM,
                ]
            },
        ),
    ],
}


# Lesson 3 ------------------------------------------------------------------------------------

_LESSON_3 = {
    "title": "Judgement and escalation: the four routes to MARAC",
    "slug": "four-routes-to-marac",
    "summary": "How the four SafeLives referral criteria work, and how to use and record professional judgement.",
    "body": [
        (
            "text",
            "<h2>What a MARAC is</h2>"
            "<p>A multi-agency risk assessment conference (MARAC) is a regular local meeting about "
            "the domestic abuse cases at highest risk. Agencies, including the police, health and "
            "children’s social care, share what "
            "they know and agree a joint safety plan. Its aims include:</p>"
            "<ul>"
            "<li>the safety, health and wellbeing of the victim and their children;</li>"
            "<li>assessing the risk the perpetrator poses;</li>"
            "<li>a joint plan to manage that risk;</li>"
            "<li>reducing repeat victimisation;</li>"
            "<li>holding agencies to account, and supporting staff.</li>"
            "</ul>"
            "<p>The victim does not attend. An independent domestic violence adviser (IDVA) "
            "represents their views. IDVAs support high-risk victims from the point of crisis, "
            "helping them with options and safety plans. A MARAC does not "
            "replace child safeguarding procedures, which still apply in full.</p>"
            "<p>The model assumes that no single agency sees the whole picture. SafeLives reports "
            "around 290 MARACs. In the 12 months to September 2024 they "
            "discussed almost 120,000 cases, with more than 148,000 children living in those "
            "households, and 31% were repeat cases.</p>",
        ),
        (
            "text",
            "<h2>The four referral criteria</h2>"
            "<p>SafeLives sets out four routes into MARAC. Any one of them is enough.</p>"
            "<ol>"
            "<li><strong>Visible high risk.</strong> 14 or more “yes” answers on the checklist. "
            "SafeLives stresses that this is not a tick-box exercise.</li>"
            "<li><strong>Professional judgement.</strong> You can refer on your judgement alone, "
            "even with fewer ticks, as long as you explain what worries you. Local guidance gives "
            "examples such as extreme fear; cultural, language or immigration barriers; "
            "“honour”-based abuse; single serious indicators such as strangulation, weapons or "
            "more than one perpetrator; stalking; threats to kill; and the victim’s own sense of "
            "how much danger they are in.</li>"
            "<li><strong>Potential escalation.</strong> A common starting point is three or more "
            "domestic abuse incidents in 12 months, even when the checklist score is lower. Some "
            "areas use a tighter local rule, for example three in six months in Kent and Medway, so "
            "check yours.</li>"
            "<li><strong>Repeat.</strong> If a case has been to MARAC before and any agency "
            "identifies a further incident within 12 months of the last referral, it goes back, "
            "whatever the score. That incident might be violence or threats, a pattern of stalking "
            "or harassment, or rape or sexual abuse. Flag your records so repeats are spotted.</li>"
            "</ol>",
        ),
        (
            "myth_fact",
            {
                "statement": "Professional judgement can be used to move a checklist with 15 "
                "“yes” answers down to medium risk.",
                "is_true": False,
                "explanation": "<p>SafeLives says professional judgement should inform every "
                "assessment, including those with fewer than 14 ticks. It should not be used to "
                "downgrade a score that already meets the visible high risk threshold. Judgement "
                "can add to the risk level; it does not take away from it.</p>",
                "sources": [_MARAC_DEFINITIONS, _PLYMOUTH_DASH],
            },
        ),
        (
            "myth_fact",
            {
                "statement": "You can refer someone to MARAC on professional judgement alone, even "
                "when fewer than 14 boxes are ticked.",
                "is_true": True,
                "explanation": "<p>Professional judgement is one of the four SafeLives referral "
                "criteria in its own right. You must explain your concerns clearly, for example "
                "extreme fear, stalking, threats to kill or strangulation.</p>",
                "sources": [_MARAC_CRITERIA, _MARAC_DEFINITIONS],
            },
        ),
        (
            "text",
            "<h2>Using and recording your judgement</h2>"
            "<p>Judgement only helps others if it is written down. When you use it, "
            "say what you saw and heard, what the person told you in their own words, what you know "
            "of the history, and why it worries you.</p>"
            "<p>The Hampshire inspectors saw good MARAC practice, including IDVA involvement and "
            "help for a victim to seek a restraining order. They also found a very small number of cases "
            "that would have benefited from MARAC, and "
            "said that engagement with MARAC was not consistent across all health providers.</p>"
            "<p>Reviews in the multi-agency safeguarding hub (MASH) moved police risk levels up or "
            "down where needed, with written reasons. Inspectors saw this as good triage, but also "
            "as a sign that the first police response needed strengthening.</p>",
        ),
        (
            "scenario",
            {
                "situation": "<p>You are a community midwife. Amira, who is 20 weeks pregnant, "
                "comes to her antenatal appointment alone. She has a son aged 3. She tells you she "
                "left her ex-partner two months ago, but he waits outside her workplace, sends her "
                "many messages every day, and has told her she will “regret” leaving. She says she "
                "is certain he will hurt her.</p>"
                "<p>You complete the checklist with her. It comes to 11 ticks, which local "
                "guidance would class as medium risk.</p>",
                "question": "What is the most appropriate response?",
                "options": [
                    {
                        "text": "Record medium risk, give her the National Domestic Abuse Helpline "
                        "number and review things at her next appointment.",
                        "feedback": "Signposting helps, but it does not match what she has told "
                        "you. Stalking, a threat and her own certainty that he will hurt her are "
                        "the kinds of concern that justify a referral on professional judgement.",
                        "is_best": False,
                    },
                    {
                        "text": "Refer to MARAC on professional judgement, setting out the stalking, "
                        "the threat, her pregnancy and her fear in her own words; share the full "
                        "checklist; make a separate referral to children’s social care about her "
                        "son and the unborn baby; and involve your safeguarding lead.",
                        "feedback": "This uses the professional judgement route and explains why. "
                        "MARAC does not replace child safeguarding, so her son and the unborn baby "
                        "are referred in their own right. An IDVA can then represent Amira’s views.",
                        "is_best": True,
                    },
                    {
                        "text": "Wait to see whether there are three incidents within 12 months, so "
                        "the case meets the potential escalation criterion.",
                        "feedback": "Escalation is one route in, not a waiting list. Your judgement "
                        "already tells you the risk is serious.",
                        "is_best": False,
                    },
                    {
                        "text": "Suggest she reports it to the police so that they can complete the "
                        "DASH, because risk assessment is not a health task.",
                        "feedback": "Supporting her to contact the police may help, but inspectors "
                        "said a full health risk assessment would strengthen decisions about "
                        "children and unborn babies. Your assessment counts.",
                        "is_best": False,
                    },
                ],
            },
        ),
        (
            "reflection",
            {
                "prompt": "Think of a case where the score and your professional instinct did not "
                "match. What did you do, and how did you record your reasons?",
                "hint": "Strong reasons are specific: what was said, what was seen, and what the history shows.",
            },
        ),
        (
            "key_points",
            {
                "heading": "Key points",
                "points": [
                    "Any one of the four criteria is enough for a MARAC referral.",
                    "Judgement can raise the risk level. It should not lower a score of 14 or more.",
                    "Write your reasons in specific terms, using the person’s own words.",
                    "MARAC does not replace child safeguarding. Refer the children separately.",
                ],
            },
        ),
        (
            "sources",
            {
                "sources": [
                    _LETTER,
                    _MARAC_CRITERIA,
                    _MARAC_DEFINITIONS,
                    _PLYMOUTH_DASH,
                    _KENT_MEDWAY_REFERRAL,
                    _REPEAT_MARAC,
                    _MERSEY_CARE_MARAC,
                    _BUCKS_MARAC,
                    _FRG_MARAC,
                    _MARAC_MODEL,
                    _MARAC_DATA,
                ]
            },
        ),
    ],
}


# Lesson 4 ------------------------------------------------------------------------------------

_LESSON_4 = {
    "title": "Sharing the whole story and hearing the children",
    "slug": "sharing-and-hearing-children",
    "summary": "Why the full assessment must travel with the referral, and how to make every child "
    "visible in your record.",
    "body": [
        (
            "text",
            "<h2>The score travelled; the story did not</h2>"
            "<p>In almost every police-attended domestic abuse case the Hampshire inspectors "
            "reviewed, officers completed two documents: the DASH, and a separate safeguarding "
            "referral to the Children’s Reception Team, the front door to children’s social care. "
            "Risk was being recognised. But the referral form carried the outcome of the DASH, not "
            "the detail behind it, and the DASH itself was not routinely shared.</p>"
            "<p>So the people deciding what children needed, in children’s social care and the "
            "MASH, could be working from a score without the story. Inspectors asked the "
            "partnership to use one assessment tool consistently, and to use it qualitatively, so "
            "that every partner could judge the full extent of the risk at the first "
            "opportunity.</p>",
        ),
        (
            "case_study",
            {
                "case_study": "police-children-not-seen",
                "prompt": "Imagine you are the social worker who receives this referral. What "
                "would you need to know about each child that the form does not tell you?",
            },
        ),
        (
            "text",
            "<h2>Children are victims in their own right</h2>"
            "<p>Since 31 January 2022, section 3 of the Domestic Abuse Act 2021 has treated a child "
            "under 18 as a victim of domestic abuse if they see or hear it, or experience its "
            "effects, and are related to the adult victim or the perpetrator. Children are not "
            "bystanders to someone else’s abuse. It happens to them too.</p>"
            "<p>Research shows how much children take in. SafeLives found that 87% of children in "
            "the families it studied had directly seen the abuse, and around a fifth had stepped in "
            "to try to stop physical abuse, at an average age of 10. An earlier SafeLives study "
            "found that 62% of children exposed to domestic abuse were also harmed directly.</p>"
            "<p>The inspectors also pointed out that the effect on a child is not always visible "
            "straight away. A quiet child, or a child said to be asleep, still needs to be seen and "
            "heard.</p>",
        ),
        ("myth_fact", {"myth": "children-dont-notice"}),
        (
            "text",
            "<h2>Seeing and hearing each child</h2>"
            "<p>In most of the police cases inspectors reviewed, it was not clear whether the "
            "children had been seen, spoken to, or had their welfare assessed. Yet the voice of the "
            "child was recorded well elsewhere, for example by perinatal mental health services, "
            "child and adolescent mental health services and health visitors. Good practice "
            "already existed to learn from.</p>"
            "<p>Whatever your role, record for <strong>each</strong> child:</p>"
            "<ul>"
            "<li>their name, age and where they were during the incident;</li>"
            "<li>whether you saw them, and how they seemed;</li>"
            "<li>whether anyone spoke with them, and what they said, in their own words where "
            "possible;</li>"
            "<li>anything about their welfare, such as injury, distress or the state of the "
            "home;</li>"
            "<li>who else knows them, such as a school, nursery, health visitor or GP.</li>"
            "</ul>"
            "<p>In large families, make each child’s needs visible, not only those of the eldest "
            "or the youngest. In probation, inspectors found some assessments and plans "
            "missing essential detail about the impact of abuse on the primary victim and the "
            "children, and the child’s experience was often hard to follow after first contact with "
            "children’s social care.</p>",
        ),
        (
            "text",
            "<h2>Sharing the full assessment</h2>"
            "<p>Share the whole DASH, not just the risk level, with:</p>"
            "<ul>"
            "<li><strong>children’s social care and the MASH</strong>, so decisions about "
            "children rest on the full picture;</li>"
            "<li><strong>the MARAC</strong>, with your reasons if you are referring on "
            "professional judgement;</li>"
            "<li><strong>the IDVA service</strong>, so the adviser who speaks for the victim "
            "knows what they have already told you.</li>"
            "</ul>"
            "<p>Follow your agency’s information-sharing procedures, and ask your safeguarding lead "
            "if you are unsure. A victim should not have to repeat their story to every agency "
            "because the detail was lost on the way.</p>"
            "<p>At the time of the inspection, Hampshire police and partners were planning a "
            "fuller multi-agency first response while an incident is still live. Whatever your "
            "local arrangements, what someone tells you at the first contact is valuable. Make "
            "sure it reaches everyone who needs it.</p>",
        ),
        (
            "reflection",
            {
                "prompt": "Read back a referral you wrote or received recently. If you were a child "
                "in that household, would you recognise your own experience in it?",
                "hint": "Look for each child’s name and age, where they were, whether they were "
                "seen and spoken to, and anything they said.",
            },
        ),
        (
            "key_points",
            {
                "heading": "Key points",
                "points": [
                    "Send the full DASH with its detail, not only the score.",
                    "Children who see, hear or experience the effects of abuse are victims under "
                    "the Domestic Abuse Act 2021.",
                    "Record each child: seen, spoken to, what they said, and their welfare.",
                    "Share with children’s social care, the MASH, the MARAC and the IDVA, following local procedures.",
                ],
            },
        ),
        (
            "support",
            {
                "heading": "Support for you and the people you work with",
                "intro": "If this module has raised worries about your own safety, a child’s "
                "safety or someone’s behaviour, these services can help. In an emergency, call "
                "999.",
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
                    _LETTER,
                    _FAMILY_LAW_WEEK_S3,
                    _SAFELIVES_CHILDRENS_INSIGHTS,
                    _IN_PLAIN_SIGHT,
                ]
            },
        ),
    ],
}


# Quiz ----------------------------------------------------------------------------------------

_QUESTIONS = [
    {
        "kind": "single",
        "text": "In the Hampshire example, a victim answered “no” when asked whether the abuse was "
        "happening more often. What had she written underneath?",
        "explanation": "<p>Her “no” meant the abuse was constant. Counted as a tick, it suggested "
        "the risk was not escalating, which was the opposite of the truth. Inspectors used the "
        "case to show why answers must be read, not just counted.</p>",
        "source": _LETTER,
        "myth": "low-dash-score-low-risk",
        "choices": [
            {
                "text": "That it was happening all the time, so it could not become more frequent.",
                "correct": True,
                "feedback": "Right. Her note showed that the abuse was continuous. The tick alone "
                "would have hidden that.",
            },
            {
                "text": "That the abuse had stopped since the perpetrator moved out.",
                "correct": False,
                "feedback": "No. Nothing in the case suggests the abuse had stopped. Her note "
                "explained that it was constant.",
            },
            {
                "text": "That she did not understand the question.",
                "correct": False,
                "feedback": "No. She understood it well. Her note explained exactly why a simple "
                "yes or no did not fit her situation.",
            },
            {
                "text": "That she wanted the police to close the case.",
                "correct": False,
                "feedback": "No. Her note was about how often the abuse happened, not about what "
                "she wanted from the police.",
            },
        ],
    },
    {
        "kind": "single",
        "text": "Hampshire police used a DASH and a separate referral form for children’s social "
        "care. According to the inspectors, what did the referral form leave out?",
        "explanation": "<p>The referral form carried the result of the DASH but not the detail "
        "behind it. Because the full DASH was not routinely shared, children’s social care and "
        "the MASH could lack the full picture, and the score could mislead.</p>",
        "source": _LETTER,
        "myth": None,
        "choices": [
            {
                "text": "The qualitative detail behind the DASH answers.",
                "correct": True,
                "feedback": "Correct. The outcome travelled, but the explanation behind it did not.",
            },
            {
                "text": "The outcome or risk level of the DASH.",
                "correct": False,
                "feedback": "No. The outcome was included. It was the detail behind it that was missing.",
            },
            {
                "text": "The victim’s address.",
                "correct": False,
                "feedback": "No. The gap inspectors described was in the risk information, not in contact details.",
            },
            {
                "text": "The name of the officer who attended.",
                "correct": False,
                "feedback": "No. Inspectors did not raise this. Their concern was that the reasons "
                "behind the risk rating were lost.",
            },
        ],
    },
    {
        "kind": "multiple",
        "text": "Which of these are SafeLives criteria for referring a case to MARAC? Select all that apply.",
        "explanation": "<p>SafeLives sets four routes into MARAC: visible high risk, professional "
        "judgement, potential escalation and repeat. Any one of them is enough on its own.</p>",
        "source": _MARAC_CRITERIA,
        "myth": "low-dash-score-low-risk",
        "choices": [
            {
                "text": "Visible high risk: 14 or more “yes” answers on the checklist.",
                "correct": True,
                "feedback": "Yes. This is the visible high risk criterion.",
            },
            {
                "text": "Professional judgement, with the concerns explained.",
                "correct": True,
                "feedback": "Yes. You can refer on judgement alone, even with fewer than 14 ticks.",
            },
            {
                "text": "Potential escalation, such as several incidents within 12 months.",
                "correct": True,
                "feedback": "Yes. A common starting point is three or more incidents in 12 months, "
                "though some areas set a tighter local rule.",
            },
            {
                "text": "Repeat: a further incident within 12 months of a previous MARAC referral.",
                "correct": True,
                "feedback": "Yes. A repeat case goes back to MARAC whatever the score.",
            },
            {
                "text": "The victim has agreed to attend the MARAC meeting.",
                "correct": False,
                "feedback": "No. Victims do not attend MARAC. An IDVA represents their views.",
            },
            {
                "text": "The perpetrator has been charged with an offence.",
                "correct": False,
                "feedback": "No. A charge is not one of the criteria. MARAC is about risk, not the "
                "outcome of a criminal case.",
            },
        ],
    },
    {
        "kind": "myth_fact",
        "text": "Professional judgement can be used to downgrade a DASH with 15 “yes” answers to medium risk.",
        "explanation": "<p>SafeLives says judgement should inform every assessment, including those "
        "with fewer than 14 ticks, but it should not be used to lower a score that meets the "
        "visible high risk threshold.</p>",
        "source": _MARAC_DEFINITIONS,
        "myth": None,
        "choices": [
            {
                "text": "Myth",
                "correct": True,
                "feedback": "Correct. Judgement can raise a risk level, but it should not lower a score of 14 or more.",
            },
            {
                "text": "Fact",
                "correct": False,
                "feedback": "Not quite. This is a myth. A score of 15 meets the visible high risk "
                "threshold, and judgement should not be used to bring it down.",
            },
        ],
    },
    {
        "kind": "single",
        "text": "How many “yes” answers on the checklist does SafeLives recommend as the visible "
        "high risk threshold for a MARAC referral?",
        "explanation": "<p>SafeLives recommends referral at 14 or more “yes” answers. It also "
        "stresses that the checklist is not a tick-box exercise, and that professional judgement "
        "applies even with fewer ticks.</p>",
        "source": _MARAC_DEFINITIONS,
        "myth": "low-dash-score-low-risk",
        "choices": [
            {
                "text": "10 or more",
                "correct": False,
                "feedback": "No. In local guidance, 10 to 13 ticks is commonly graded medium risk.",
            },
            {
                "text": "14 or more",
                "correct": True,
                "feedback": "Correct. 14 or more “yes” answers meets the visible high risk criterion.",
            },
            {
                "text": "18 or more",
                "correct": False,
                "feedback": "No. That is higher than the recommended threshold of 14.",
            },
            {
                "text": "Every question answered “yes”",
                "correct": False,
                "feedback": "No. The threshold is 14 or more, and other routes exist for cases below it.",
            },
        ],
    },
    {
        "kind": "single",
        "text": "A case was discussed at MARAC eight months ago. Which of these makes it a repeat referral?",
        "explanation": "<p>A case is a repeat when it has been to MARAC before and any agency "
        "identifies a further incident within 12 months of the last referral. It is referred "
        "whatever the other thresholds say. Flagging records helps agencies spot repeats.</p>",
        "source": _REPEAT_MARAC,
        "myth": None,
        "choices": [
            {
                "text": "Any agency identifies a further incident within 12 months of the last referral.",
                "correct": True,
                "feedback": "Correct. Any agency can identify the incident, and the score does not matter.",
            },
            {
                "text": "The police record a further incident within six months.",
                "correct": False,
                "feedback": "No. Any agency can identify a repeat, not only the police, and the window is 12 months.",
            },
            {
                "text": "A new checklist scores 14 or more.",
                "correct": False,
                "feedback": "No. That would meet the visible high risk criterion, but a repeat is "
                "defined by a further incident within 12 months, regardless of score.",
            },
            {
                "text": "The victim asks for the case to be heard again.",
                "correct": False,
                "feedback": "No. The repeat definition rests on a further incident. What the victim "
                "tells you can still inform your professional judgement.",
            },
        ],
    },
    {
        "kind": "myth_fact",
        "text": "If the DASH score is under 14, the risk to the victim is low.",
        "explanation": "<p>Professional judgement and potential escalation are separate routes to "
        "MARAC. In the Hampshire case a “no” meant the abuse was constant. A BBC-reported analysis "
        "of 135 domestic homicide reviews found only about one in five of the victims’ DASH forms "
        "had graded them high risk.</p>",
        "source": _BBC_DASH,
        "myth": "low-dash-score-low-risk",
        "choices": [
            {
                "text": "Myth",
                "correct": True,
                "feedback": "Correct. A score below 14 can hide serious risk. Read the answers and use your judgement.",
            },
            {
                "text": "Fact",
                "correct": False,
                "feedback": "Not quite. This is a myth. Many people later killed had not been "
                "graded high risk, and a single answer can change the picture.",
            },
        ],
    },
    {
        "kind": "myth_fact",
        "text": "Under the Domestic Abuse Act 2021, a child who hears domestic abuse, and is related "
        "to the victim or the perpetrator, can be a victim of domestic abuse in their own right.",
        "explanation": "<p>Section 3 of the Act, in force since 31 January 2022, treats a child "
        "who sees, hears or experiences the effects of the abuse, and is related to the victim or "
        "the perpetrator, as a victim.</p>",
        "source": _FAMILY_LAW_WEEK_S3,
        "myth": "children-dont-notice",
        "choices": [
            {
                "text": "Myth",
                "correct": False,
                "feedback": "Not quite. This is a fact. Hearing the abuse is enough; the child does "
                "not have to see it or be physically hurt.",
            },
            {
                "text": "Fact",
                "correct": True,
                "feedback": "Correct. Seeing, hearing or experiencing the effects all count, where "
                "the child is related to either adult.",
            },
        ],
    },
    {
        "kind": "myth_fact",
        "text": "You can refer someone to MARAC on professional judgement alone, even when fewer "
        "than 14 boxes are ticked.",
        "explanation": "<p>Professional judgement is one of the four SafeLives referral criteria. "
        "Explain your concerns clearly, for example extreme fear, stalking, threats to kill or "
        "strangulation.</p>",
        "source": _MARAC_CRITERIA,
        "myth": "low-dash-score-low-risk",
        "choices": [
            {
                "text": "Myth",
                "correct": False,
                "feedback": "Not quite. This is a fact. Judgement is a referral route in its own right.",
            },
            {
                "text": "Fact",
                "correct": True,
                "feedback": "Correct. You can refer on judgement alone, as long as you explain why.",
            },
        ],
    },
    {
        "kind": "multiple",
        "text": "After a domestic abuse incident in a home where children live, what should your "
        "record make clear about each child? Select all that apply.",
        "explanation": "<p>Inspectors found that in most police cases it was not clear whether "
        "children had been seen, spoken to, or had their welfare assessed. Each child needs to be "
        "visible in the record, whether or not they appeared to be involved.</p>",
        "source": _LETTER,
        "myth": "children-dont-notice",
        "choices": [
            {
                "text": "Whether the child was seen.",
                "correct": True,
                "feedback": "Yes. This was often missing in the cases inspectors reviewed.",
            },
            {
                "text": "Whether the child was spoken to, and what they said.",
                "correct": True,
                "feedback": "Yes. The child’s own words help others understand their experience.",
            },
            {
                "text": "Whether the child’s welfare was assessed.",
                "correct": True,
                "feedback": "Yes. Inspectors looked for this and often could not find it.",
            },
            {
                "text": "Nothing, if the child was asleep upstairs.",
                "correct": False,
                "feedback": "No. Children who hear abuse or experience its effects are victims too. "
                "A child said to be asleep still needs to be recorded.",
            },
            {
                "text": "Only whether the child had a visible injury.",
                "correct": False,
                "feedback": "No. Harm to children is not only physical, and the effect may not show straight away.",
            },
        ],
    },
    {
        "kind": "multiple",
        "text": "Which of these does SafeLives suggest checking before you start the DASH "
        "checklist? Select all that apply.",
        "explanation": "<p>SafeLives suggests checking that the person has time and that it is "
        "safe to talk, agreeing safe contact details, finding out where the perpetrator and "
        "children are, and explaining why you are asking.</p>",
        "source": _SAFELIVES_QUICK_START,
        "myth": None,
        "choices": [
            {
                "text": "That the person has time, and it is safe for them to talk now.",
                "correct": True,
                "feedback": "Yes. Safety comes before any question.",
            },
            {
                "text": "A safe way to contact them afterwards.",
                "correct": True,
                "feedback": "Yes. Agree this so follow-up does not put them at risk.",
            },
            {
                "text": "Where the perpetrator and the children are.",
                "correct": True,
                "feedback": "Yes. This affects both immediate safety and the children’s needs.",
            },
            {
                "text": "Whether the perpetrator agrees to the assessment.",
                "correct": False,
                "feedback": "No. The assessment is for the victim’s safety. Involving the "
                "perpetrator could alert them that the victim has spoken to you.",
            },
            {
                "text": "Whether the victim will support a prosecution.",
                "correct": False,
                "feedback": "No. Risk is assessed whatever the victim decides about the criminal process.",
            },
        ],
    },
    {
        "kind": "single",
        "text": "Who represents the victim’s views at a MARAC meeting?",
        "explanation": "<p>The victim does not attend the MARAC. An independent domestic violence "
        "adviser (IDVA) represents their views and acts as their main point of contact.</p>",
        "source": _BUCKS_MARAC,
        "myth": None,
        "choices": [
            {
                "text": "An independent domestic violence adviser (IDVA).",
                "correct": True,
                "feedback": "Correct. The IDVA speaks for the victim at the meeting.",
            },
            {
                "text": "The victim, in person.",
                "correct": False,
                "feedback": "No. Victims do not attend MARAC.",
            },
            {
                "text": "The perpetrator’s probation officer.",
                "correct": False,
                "feedback": "No. Probation may share information about the perpetrator, but they do "
                "not represent the victim.",
            },
            {
                "text": "The police officer who completed the DASH.",
                "correct": False,
                "feedback": "No. The police share their information, but the IDVA represents the victim’s views.",
            },
        ],
    },
]


MODULE = {
    "title": "DASH: risk assessments that tell the whole story",
    "slug": "dash-risk-assessment",
    "summary": "How to complete a Domestic Abuse, Stalking and Harassment and Honour-Based Violence "
    "(DASH) risk assessment at every incident, read the answers rather than the score, use "
    "judgement to escalate, and share the whole picture, including the children’s experience.",
    "overview": "<p>The Domestic Abuse, Stalking and Harassment and Honour-Based Violence (DASH) "
    "checklist helps practitioners recognise adult victims at high risk of serious harm. A "
    "checklist is only as useful as the way it is completed, read and shared.</p>"
    "<p>When inspectors examined Hampshire’s response to children living with domestic abuse in "
    "December 2016, they found police completing a DASH at every incident, but too often passing "
    "on the score without the detail. In one case, a victim’s “no” meant the abuse was constant, "
    "and the score suggested the opposite of the truth. In most police cases it was unclear "
    "whether the children had been seen or heard.</p>"
    "<p>This module covers completing DASH for every incident, reading answers for their meaning, "
    "the four routes to a multi-agency risk assessment conference (MARAC), sharing the full "
    "assessment with children’s social care, the MARAC and independent domestic violence "
    "advisers (IDVAs), and making sure every child is seen and heard. It is written for police, "
    "health, children’s social care, probation, youth justice and voluntary sector staff.</p>",
    "learning_outcomes": [
        "By the end you will be able to explain what the DASH checklist is for, its limits, and how "
        "to prepare safely before asking the questions.",
        "By the end you will be able to read DASH answers for their meaning, recording the "
        "person’s own words and the history rather than relying on the tick count.",
        "By the end you will be able to apply the four MARAC referral criteria, using professional "
        "judgement to raise, but never lower, a visible high risk score.",
        "By the end you will be able to share the full assessment, not only the score, with "
        "children’s social care, the multi-agency safeguarding hub (MASH), the MARAC and IDVAs.",
        "By the end you will be able to make sure each child in the household is seen, heard and "
        "recorded as a victim in their own right.",
    ],
    "sectors": [
        "police",
        "childrens_social_care",
        "health",
        "probation",
        "youth_justice",
        "voluntary_sector",
    ],
    "duration_minutes": 35,
    "refresher_months": 36,
    "content_warning": "This module discusses domestic abuse, including violence, strangulation, "
    "stalking, threats, domestic homicide and the effects of abuse on children. There are no "
    "graphic descriptions. You can pause at any time and come back later. Support services are "
    "listed at the start and the end of the module, and on the module page.",
    "topics": [
        "risk assessment",
        "dash checklist",
        "marac",
        "professional judgement",
        "information sharing",
        "children as victims",
    ],
    "support_services": [
        "emergency-999",
        "national-domestic-abuse-helpline",
        "mens-advice-line",
        "galop",
        "karma-nirvana",
        "respect-phoneline",
        "nspcc-helpline",
        "childline",
    ],
    "lessons": [_LESSON_1, _LESSON_2, _LESSON_3, _LESSON_4],
    "quiz": {
        "title": "Check your understanding",
        "intro": "<p>Twelve questions on DASH, MARAC referral, sharing information and recording "
        "the children’s experience. You need 80% to pass. Each answer comes with feedback "
        "explaining why it is right or wrong.</p>",
        "pass_mark": 80,
        "max_failed_attempts": 3,
        "questions": _QUESTIONS,
    },
}
