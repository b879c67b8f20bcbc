"""Made-up names, places and sentences for the training case file (services/demo.py).

Everything here is invented and meant to look it: surnames are built from words for "example",
"test" or "made up" in each language (Przykładowska, Ó Samhlaíochta, Δοκιμάκη, Тестова),
places are on Imaginary Road in Exampleton, telephone numbers are in Ofcom's 01632 960xxx
drama range and e-mail addresses are at example.org. The narratives describe imagery in words
only, as a DSL would record what they were told: it is never viewed.

Templates use {main}, {main_first}, {other}, {others}, {app}, {adult}, {staff} and {year}.
"""

from __future__ import annotations

from typing import Final

from ypsi_desktop.domain.case import Contact, ContactKind, SettingDetails, Viewing

# culture: (girls' first names, boys' first names, (male, female) surnames, languages,
#           ethnicities). A first name may carry the name the child is known by after "|".
CULTURES: Final = {
    "english": (
        ("Ruby", "Amelia", "Isla", "Poppy", "Freya", "Ellie|Els", "Maisie", "Evie", "Zoë"),
        ("Oliver|Ollie", "Harry", "Alfie", "Jack", "Charlie", "Noah", "Theo", "Archie"),
        (
            ("Madeupson",) * 2,
            ("Testwell",) * 2,
            ("Exampleton",) * 2,
            ("Samplewood",) * 2,
            ("Notreal",) * 2,
            ("Fictionby",) * 2,
            ("Placeholder",) * 2,
        ),
        ("English",),
        (
            "White – British",
            "Mixed – White and Black Caribbean",
            "Black – Caribbean",
            "Mixed – any other mixed background",
            "Information not yet obtained",
        ),
    ),
    "polish": (
        ("Zofia|Zosia", "Małgorzata|Gosia", "Zuzanna", "Wiktoria", "Łucja"),
        ("Łukasz", "Jakub|Kuba", "Szymon", "Mikołaj", "Wojciech|Wojtek"),
        (("Przykładowski", "Przykładowska"), ("Testowy", "Testowa"), ("Zmyślony", "Zmyślona")),
        ("Polish", "English"),
        ("White – any other White background",),
    ),
    "irish": (
        ("Aoife", "Siobhán", "Niamh", "Saoirse", "Clodagh"),
        ("Oisín", "Ciarán", "Seán", "Pádraig", "Tadhg"),
        (
            ("Ó Samhlaíochta", "Ní Shamhlaíochta"),
            ("Mac Scrúdaigh", "Nic Scrúdaigh"),
            ("Ó Fictín", "Ní Fhictín"),
        ),
        ("English",),
        ("White – Irish", "White – Gypsy or Roma", "White – Traveller of Irish heritage"),
    ),
    "french": (
        ("Chloé", "Amélie", "Inès", "Léa", "Maëlle"),
        ("Théo", "François", "Loïc", "Jérôme", "Gaël"),
        (("Exemplaire",) * 2, ("Fictif-Lebrun",) * 2, ("Dupré-Essai",) * 2),
        ("French", "English"),
        ("White – any other White background", "Black – African"),
    ),
    "greek": (
        ("Ελένη", "Μαρία", "Κατερίνα", "Σοφία"),
        ("Νίκος", "Αλέξης", "Γιώργος", "Δημήτρης"),
        (
            ("Δοκιμάκης", "Δοκιμάκη"),
            ("Παραδειγματίδης", "Παραδειγματίδου"),
            ("Φανταστικός", "Φανταστική"),
        ),
        ("Greek", "English"),
        ("White – any other White background",),
    ),
    "cyrillic": (
        ("Юлия", "Ольга", "Анастасія|Настя", "Дарина"),
        ("Дмитрий", "Иван", "Олександр|Саша", "Богдан"),
        (("Тестов", "Тестова"), ("Примеров", "Примерова"), ("Вигаданий", "Вигадана")),
        ("Ukrainian", "Russian", "Bulgarian"),
        ("White – any other White background",),
    ),
    "turkish": (
        ("Ayşe", "Elif", "Zeynep"),
        ("Emre", "Çağan", "Yiğit"),
        (("Örnekoğlu",) * 2, ("Denemeci",) * 2),
        ("Turkish", "English"),
        ("White – any other White background", "Any other ethnic group"),
    ),
    "iberian": (
        ("Lucía", "Sofía", "Inês", "Joana"),
        ("José", "Mateus", "Tomás", "Íñigo"),
        (("Ejémplez",) * 2, ("Ficticio",) * 2, ("Simulação",) * 2),
        ("Spanish", "Portuguese", "English"),
        ("White – any other White background", "Any other ethnic group"),
    ),
    "welsh": (
        ("Siân", "Eleri", "Ffion"),
        ("Dafydd", "Rhodri", "Iestyn"),
        (("ap Enghraifft", "Enghraifft"), ("Ffug",) * 2),
        ("English", "Welsh"),
        ("White – British",),
    ),
    "west_african": (
        ("Amara", "Adaeze|Ada", "Ama"),
        ("Kwame", "Chidi", "Kofi"),
        (("Àpẹẹrẹ",) * 2, ("Àyẹ̀wò",) * 2),
        ("English", "Yoruba", "Twi"),
        ("Black – African", "Mixed – White and Black African"),
    ),
    "south_asian": (
        ("Aanya", "Priya", "Zara", "Ayesha"),
        ("Arjun", "Rohan", "Imran", "Bilal"),
        (("Udaharan",) * 2, ("Misaal",) * 2),
        ("English", "Punjabi", "Urdu", "Bengali"),
        ("Asian – Indian", "Asian – Pakistani", "Asian – Bangladeshi"),
    ),
    "vietnamese": (
        ("Ngọc Anh", "Thảo"),
        ("Minh Đức", "Quốc Bảo"),
        (("Mẫu",) * 2, ("Thử",) * 2),
        ("Vietnamese", "English"),
        ("Asian – any other Asian background",),
    ),
}
CULTURE_WEIGHTS: Final = {
    "english": 34, "polish": 9, "irish": 7, "french": 6, "greek": 6, "cyrillic": 7,
    "turkish": 5, "iberian": 6, "welsh": 4, "west_african": 6, "south_asian": 7, "vietnamese": 3,
}  # fmt: skip

STREETS: Final = (
    "Imaginary Road",
    "Fictional Close",
    "Placeholder Avenue",
    "Sample Street",
    "Madeup Lane",
    "Exemplar Way",
    "Pretend Gardens",
    "Notional Crescent",
)
TOWN: Final = "Exampleton"
OTHER_SCHOOLS: Final = ("Riverside High School (fictional)", "St Example's Academy (fictional)",
                        "Exampleton College (fictional)")  # fmt: skip
HOUSEHOLDS: Final = (
    "Lives with mother and two younger siblings.",
    "Lives with both parents and an older brother.",
    "Lives with father; sees mother at weekends.",
    "Lives with grandparents, who hold a special guardianship order.",
    "Lives with mother and her partner.",
    "Lives with foster carers (Exampleton Fostering, fictional).",
)
OWNERS: Final = ("Demo DSL", "Demo DSL", "Mr O. Deputy (fictional)", "Ms R. Deputy (fictional)")
FOLLOW_UP_OWNERS: Final = ("Demo DSL", "Head of Year (fictional)", "Pastoral lead (fictional)",
                           "School nurse (fictional)", "Form tutor (fictional)")  # fmt: skip

APPS: Final = ("Snapchat", "Instagram direct messages", "WhatsApp", "a WhatsApp group chat",
               "TikTok", "AirDrop", "Discord", "iMessage", "a gaming platform's chat")  # fmt: skip
REPORTERS: Final = ("Form tutor", "A friend of {main_first}", "Parent of {main_first}",
                    "Head of Year", "{main_first} (told a trusted adult)", "Teaching assistant",
                    "Police schools officer (fictional)", "School nurse")  # fmt: skip

# Per story: how it came to light, the imagery as described (never viewed), how far it went.
HOW: Final = {
    "romantic": (
        "{main_first} told the school nurse that a picture sent to {other} might "
        "have been seen by someone else; on checking, {other} said it had not.",
        "A parent found messages between {main_first} and {other} and phoned the "
        "school office the next morning.",
    ),
    "attention": (
        "Several pupils in {year} were talking in the corridor about a picture "
        "{main_first} had posted to a close-friends story on {app}.",
        "{other} told a form tutor that {main_first} had sent a picture to a group "
        "of boys in {year}.",
    ),
    "kept": (
        "{main_first}'s parent found images on a phone being repaired and contacted "
        "the school for advice.",
    ),
    "pre_adolescent": (
        "A lunchtime supervisor overheard children talking about photographs "
        "taken in the toilets on a class tablet.",
    ),
    "online_adult": (
        "{main_first} came to the safeguarding office in tears and said someone "
        "met on {app} was demanding more pictures and money.",
        "A parent reported that {main_first} had been messaging an unknown "
        "contact late at night and had sent a picture.",
    ),
    "staff": (
        "A pupil reported to the DSL that {adult} had been messaging {main_first} "
        "privately on {app} and had asked for a picture, which was sent.",
    ),
    "year13": (
        "{main_first} told the head of sixth form that a picture sent to {other} had "
        "been shown to others.",
    ),
    "revenge": (
        "After {main_first} and {other} split up, a picture {main_first} had sent "
        "during the relationship was passed round {year} on {app}.",
    ),
    "blackmail": (
        "{main_first} told a teaching assistant that {other} was threatening to "
        "share a picture unless more were sent.",
    ),
    "reckless": (
        "{other} showed a picture {main_first} had sent privately to friends at "
        "the bus stop; one of them told a teacher.",
    ),
    "covert": (
        "A pupil reported that {other} had taken a picture of {main_first} getting "
        "changed after PE without {main_first} knowing.",
    ),
    "rumour": (
        "A rumour reached the Head of Year that a picture of {main_first} was going "
        "round; nobody has yet said who has it or how it was made.",
    ),
    "capacity": (
        "{main_first}'s key worker noticed {main_first} was upset after messaging "
        "{other}; {main_first} said a picture had been sent.",
    ),
    "under13": (
        "{other} told a parent about a video {main_first} had sent; the parent "
        "contacted the school straight away.",
    ),
    "extreme": (
        "A group of pupils reported a video circulating on {app}; the description "
        "given raised immediate concern.",
    ),
}
IMAGERY: Final = {
    "romantic": "Described by {main_first} as a topless photo taken in a bedroom mirror. "
    "Not viewed by staff.",
    "attention": "Described by pupils as a photo of {main_first} in underwear. Not viewed.",
    "kept": "Described by the parent as several semi-nude selfies, apparently never sent. "
    "The parent was advised not to look again or copy them. Not viewed by staff.",
    "pre_adolescent": "Described as photos of two young children with their trousers down, "
    "laughing. Not viewed; the tablet was locked away.",
    "online_adult": "Described by {main_first} as one nude photo sent on request. Not viewed.",
    "staff": "Described by {main_first} as a semi-nude photo sent on request. Not viewed.",
    "year13": "Described as a nude photo of {main_first}, who is 18. Not viewed.",
    "revenge": "Described by {main_first} as a nude photo sent to {other} when they were "
    "together. Not viewed.",
    "blackmail": "Described by {main_first} as a semi-nude photo. Not viewed.",
    "reckless": "Described as a topless photo of {main_first}. Not viewed.",
    "covert": "Described as a photo of {main_first} partly undressed in the changing room. "
    "Not viewed; the phone was handed to the DSL switched off.",
    "rumour": "No description yet: nobody spoken to has seen it. Not viewed.",
    "capacity": "Described by {main_first} as a nude photo. Not viewed.",
    "under13": "Described by the parent, from what {other} said, as a short video showing "
    "sexual activity. No further detail sought. Not viewed.",
    "extreme": "Described by pupils as a video of a sexual act involving force. No further "
    "detail sought. Not viewed; police informed at once.",
}
SHARING: Final = {
    "romantic": "Sent by {main_first} to {other} only; both say it went no further.",
    "attention": "Posted to a story seen by about {count} pupils; {main_first} has deleted it.",
    "kept": "Not sent to anyone, as far as is known.",
    "pre_adolescent": "Stayed on the class tablet; not sent.",
    "online_adult": "Sent by {main_first} to the online contact; possibly shared further.",
    "staff": "Sent by {main_first} to {adult} only, as far as is known.",
    "year13": "Sent to {other}, who showed it to {count} others.",
    "revenge": "Forwarded by {other} to a group chat of about {count} pupils.",
    "blackmail": "Held by {other}; not known to have been shared further yet.",
    "reckless": "Shown on {other}'s phone to {count} pupils; not known to have been sent on.",
    "covert": "Sent by {other} to {count} pupils.",
    "rumour": "Not known.",
    "capacity": "Sent by {main_first} to {other}; not known to have gone further.",
    "under13": "Sent between {main_first} and {other}; not known to have gone further.",
    "extreme": "Widely shared on {app}; extent not known.",
}
OWN_WORDS: Final = (
    "“I only sent it because I thought we were going out.”",
    "“I didn't think anyone else would ever see it.”",
    "“Everyone was doing it, it was just a joke.”",
    "“I told them to delete it and they said they had.”",
    "“I just want it to go away. Please don't tell my dad.”",
    "“I didn't know it was against the law.”",
    "“They kept asking and asking, so in the end I did.”",
    "“I feel sick every time I go on my phone.”",
)
DEVICE_STEPS: Final = (
    "{main_first} deleted the image from the phone and its cloud backup with a member of "
    "staff present; {other} confirmed the same. Staff did not look at the image.",
    "Devices were not searched. Pupils were asked to delete the image and confirm they had.",
)
POLICE_DEVICE_STEPS: Final = (
    "Police advised that the phones be kept switched off and secure until collected; staff "
    "did not look at them or delete anything."
)
POLICE_VIEWING: Final = Viewing(
    viewed=True,
    viewed_by="DC Sample, Exampleton Police (fictional)",
    reason="Viewed by the investigating officer at the police station, to confirm the content "
    "for the investigation. No member of staff viewed it.",
    others_present="None from the school.",
)
PARENT_CONTACT: Final = (
    "Telephoned {main_first}'s mother at 15:40; she will talk to {main_first} tonight.",
    "Met both parents after school; they were supportive and agreed the plan.",
    "Spoke to {main_first}'s carer by telephone; follow-up meeting booked.",
)
NOT_CONTACTED: Final = (
    "{main_first} said telling home could put them at risk; discussed with MASH first.",
    "Police asked the school not to contact the family until they had spoken to them.",
)
SUPPORT: Final = (
    "Daily check-ins with a trusted adult; time-out card; lesson on consent with the form.",
    "Referred to the school counsellor; session on online safety with the year group.",
    "Pastoral support plan; {main_first} shown how to use Report Remove.",
)
ATTENDEES: Final = (
    "Demo DSL; Mr O. Deputy (fictional); Head of Year (fictional)",
    "Demo DSL; Ms R. Deputy (fictional)",
    "Demo DSL; Pastoral lead (fictional); SENCo (fictional)",
)
TRIGGERS_CONSIDERED: Final = (
    "All five considered: adult involvement, coercion or capacity, extreme content, sexual "
    "acts under 13 and immediate risk, against what is known so far.",
)
FOLLOW_UPS: Final = (
    "Check in with {main_first} about how things are",
    "Confirm with {other}'s parents that the image has been deleted",
    "Arrange a healthy relationships session with the form tutor",
    "Review at the next DSL meeting",
    "Check whether {main_first} wants support to use Report Remove",
    "Update the RSHE lead on themes from this incident",
)
CHASE_AGENCY: Final = "Chase the agency for the outcome of the referral"
EMOTIONAL: Final = ("{main_first} was tearful and embarrassed but calmer by the end of the day.",
                    "{main_first} says they are fine; staff have noticed they are withdrawn.",
                    "Very distressed; says they cannot face coming into school.")  # fmt: skip
CRIMINAL: Final = (
    "Technically an offence for all involved, but criminalising the children would not be in "
    "their interests.",
    "Police to decide; the adult's conduct may amount to serious offences.",
)
LONG_TERM: Final = ("Risk to friendships and reputation if the image spreads further.",
                    "Possible long-term anxiety; loss of trust in adults online.")  # fmt: skip
OUTCOMES: Final = {
    "manage_in_school": "Managed in school. Images deleted, education and support given; no "
    "further concerns at review.",
    "existing_procedures": "Handled under the school's harmful sexual behaviour procedures "
    "with parents involved; support plan in place.",
    "discuss_with_specialists": "Discussed with MASH, who agreed the school could manage with "
    "Early Help support. Closed after review.",
    "refer_immediately": "Referred at once. Agencies have concluded their involvement; the "
    "school continues pastoral support.",
    "establish_facts": "Facts established; no image was found to exist. Closed with advice "
    "to the pupils involved.",
}
AGENCY_DECISIONS: Final = {
    "mash": (
        "Strategy discussion held; single-agency police response; Early Help offered.",
        "No further action by children's social care; advice given to the school.",
        "Assessment under section 17 opened; social worker allocated (fictional).",
    ),
    "police": (
        "No further action against the young people (outcome 21 recorded).",
        "Investigation under way; devices collected.",
    ),
    "lado": ("LADO threshold met; the member of staff is suspended pending investigation.",),
    "ceop": ("Report acknowledged by CEOP; passed to the local force.",),
    "other": ("Early Help assessment started.",),
}
OVERRIDES: Final = {
    "manage_in_school": (
        "existing_procedures",
        "There are earlier low-level concerns about "
        "{main_first} in the pastoral log; I want the harmful sexual behaviour "
        "procedures applied as well.",
    ),
    "existing_procedures": (
        "discuss_with_specialists",
        "Given the age gap between the "
        "children I want advice from the MASH consultation line first.",
    ),
    "discuss_with_specialists": (
        "refer_immediately",
        "{main_first}'s distress has grown "
        "since the disclosure; I am not confident the risk can be "
        "managed in school, so I am referring now.",
    ),
    "establish_facts": (
        "discuss_with_specialists",
        "While the facts are established I have "
        "sought advice from MASH because of earlier concerns.",
    ),
}
CORRECTIONS: Final = ("Correction: the conversation took place at lunchtime, not at break as "
                      "recorded.", "Correction: it was {other}'s father, not mother, who "
                      "telephoned.")  # fmt: skip
REOPEN_REASONS: Final = ("A further picture involving the same pupils was reported.",
                         "{main_first}'s parent raised new concerns.")  # fmt: skip
CATEGORY_OVERRIDE: Final = (
    "aggravated.reckless_misuse",
    "discuss_with_specialists",
    "One recipient is said to have shown it to others; until that is ruled out I am treating "
    "it as shared beyond what was agreed.",
)

SETTING: Final = SettingDetails(
    name="Demo Training School (fictional)",
    address=f"1 Imaginary Road, {TOWN} (fictional)",
    telephone="01632 960000",
    email="office@demo-school.example.org",
    urn="999001",
)
CONTACTS: Final = (
    Contact(ContactKind.MASH, "Exampleton MASH (fictional)", "01632 960101",
            "mash@exampleton.example.org", "Civic Centre, 2 Placeholder Avenue, Exampleton",
            "Training data. Out of hours: emergency duty team, 01632 960102."),
    Contact(ContactKind.POLICE, "Child Abuse Investigation Team (fictional)", "01632 960201",
            "cait@police.example.org", "Exampleton Police Station (fictional)",
            "Training data. In an emergency always dial 999."),
    Contact(ContactKind.POLICE, "PC Sample, Safer Schools officer (fictional)", "01632 960202",
            "pc.sample@police.example.org"),
    Contact(ContactKind.LADO, "Exampleton LADO (fictional)", "01632 960301",
            "lado@exampleton.example.org",
            notes="Training data. Allegations against adults who work with children."),
    Contact(ContactKind.CEOP, "CEOP (training entry)",
            notes="Training data. In real use, reports go through CEOP's online reporting form."),
    Contact(ContactKind.OTHER, "Early Help hub (fictional)", "01632 960401",
            "earlyhelp@exampleton.example.org"),
)  # fmt: skip
SPOKEN_TO: Final = {"lado": "Exampleton LADO (fictional)", "ceop": "Online report"}
RISK_REASONS: Final = (
    "Specialist advice wanted on managing the risk.",
    "An immediate referral trigger holds; see the assessment.",
)
AGENCY_NAMES: Final = {
    "mash": "children's social care (MASH)",
    "police": "the police",
    "lado": "the LADO",
    "ceop": "CEOP",
    "other": "Early Help",
}
REOPEN_FOLLOW_UP: Final = "Review the new concern with the pupils involved"
REOPENED_OUTCOME: Final = "Reopened and reviewed again; no further action needed."
MISTAKEN_NOTE: Final = "Note about a different pupil's incident, entered here by mistake."
ERASED_NOTE: Final = "An entry made on the wrong incident was erased (see the audit log)."
