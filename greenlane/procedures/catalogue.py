"""The demo catalogue: procedures an investor meets in a Vietnamese province, as data.

Time limits and bases are those of the laws cited, as the author of this file understands them;
where a text has been amended or replaced since, or a limit is the province's published figure
rather than the law's, the basis says so. An officer checks each entry against the current
text before relying on it (the catalogue is editable and audited)."""

from __future__ import annotations

from typing import Any

# Agencies: key → (Vietnamese name, English short name, in the province?).
AGENCIES: dict[str, tuple[str, str, bool]] = {
    "DOF": ("Sở Tài chính tỉnh Bắc Ninh", "Bac Ninh Department of Finance", True),
    "IPMB": ("Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh",
             "Bac Ninh Industrial Parks Management Board", True),
    "DAE": ("Sở Nông nghiệp và Môi trường tỉnh Bắc Ninh",
            "Bac Ninh Department of Agriculture and Environment", True),
    "DOC": ("Sở Xây dựng tỉnh Bắc Ninh", "Bac Ninh Department of Construction", True),
    "FIRE": ("Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ – Công an tỉnh Bắc Ninh",
             "Bac Ninh Police – Fire Prevention and Rescue Division", True),
    "DOHA": ("Sở Nội vụ tỉnh Bắc Ninh", "Bac Ninh Department of Home Affairs", True),
    "MAE": ("Bộ Nông nghiệp và Môi trường", "Ministry of Agriculture and Environment", False),
}

IRC_DOCUMENTS = "\n".join([
    "Written request to implement the investment project",
    "Investor's legal documents (passport, or certificate of incorporation)",
    "Evidence of financial capacity (audited financial statements of the last two years, parent "
    "company's commitment of financial support, or a bank's confirmation)",
    "Investment project proposal: objectives, scale, capital and its sources, location, "
    "schedule, labour needs, incentives requested, preliminary assessment of environmental "
    "impact",
    "Evidence of the right to use the site (or a memorandum on leasing land or premises)",
    "Explanation of the technology, for technology on the list restricted from transfer",
])

IRC_BASIS = (
    "Law on Investment No. 61/2020/QH14 (Luật Đầu tư), art. 37 (projects needing an IRC) and "
    "art. 38(1)(b): 15 days from a complete dossier for projects not subject to "
    "investment-policy approval; Decree 31/2021/NĐ-CP, art. 36 (the dossier), as amended."
)

STEPS_IRC = [("Receive and check the dossier at the one-stop desk", 1),
             ("Appraise the project; consult the agencies concerned where needed", 7),
             ("Decide and issue the certificate", 2)]

# code → fields; "agency" and "after" name keys of AGENCIES and other codes.
PROCEDURES: dict[str, dict[str, Any]] = {
    "IRC-IP": {
        "name": "Cấp Giấy chứng nhận đăng ký đầu tư (dự án trong khu công nghiệp)",
        "name_en": "Investment registration certificate (project in an industrial park)",
        "agency": "IPMB", "statutory_days": 15, "day_kind": "calendar", "fee_vnd": 0,
        "fee_text": "No fee", "documents": IRC_DOCUMENTS, "order": 10,
        "legal_basis": IRC_BASIS + " The industrial parks management board issues IRCs for "
        "projects in its parks (decree on industrial parks, Decree 35/2022/NĐ-CP, as amended).",
        "foreign_share_over": 0, "location": "inside", "steps": STEPS_IRC,
        "description": "Foreign investors need an IRC before they set up a company for a new "
        "project (Law on Investment, art. 37).",
    },
    "IRC": {
        "name": "Cấp Giấy chứng nhận đăng ký đầu tư (dự án ngoài khu công nghiệp)",
        "name_en": "Investment registration certificate (project outside industrial parks)",
        "agency": "DOF", "statutory_days": 15, "day_kind": "calendar", "fee_vnd": 0,
        "fee_text": "No fee", "documents": IRC_DOCUMENTS, "order": 10,
        "legal_basis": IRC_BASIS + " The provincial Department of Finance took over investment "
        "registration from the former Department of Planning and Investment in 2025.",
        "foreign_share_over": 0, "location": "outside", "steps": STEPS_IRC,
    },
    "ERC": {
        "name": "Đăng ký thành lập doanh nghiệp", "name_en": "Enterprise registration certificate",
        "agency": "DOF", "statutory_days": 3, "day_kind": "working", "fee_vnd": 50000,
        "fee_text": "Registration fee as set by the Ministry of Finance (50,000 VND under "
        "Circular 47/2019/TT-BTC, as amended; online filing may be exempt)",
        "documents": "Application for enterprise registration\nCompany charter\nList of members "
        "or founding shareholders, and of foreign investors\nCopies of the legal documents of the "
        "members and of the legal representative\nInvestment registration certificate (foreign "
        "investors)",
        "legal_basis": "Law on Enterprises No. 59/2020/QH14 (Luật Doanh nghiệp), art. 26: 3 "
        "working days from a valid dossier; the Government's decree on enterprise registration "
        "(Decree 01/2021/NĐ-CP, as amended or replaced).",
        "order": 20, "after": ["IRC", "IRC-IP"],
        "steps": [("Receive the dossier (online or at the desk)", 1),
                  ("Check the dossier and issue the certificate", 2)],
    },
    "LAND": {
        "name": "Quyết định cho thuê đất (dự án ngoài khu công nghiệp)",
        "name_en": "Land lease decision (project outside industrial parks)",
        "agency": "DAE", "statutory_days": 20, "day_kind": "working",
        "fee_text": "Land rent, and fees as set by the provincial People's Council",
        "documents": "Application for land lease\nInvestment registration certificate or "
        "investment-policy approval\nCadastral extract or map of the plot",
        "legal_basis": "Land Law No. 31/2024/QH15 (Luật Đất đai); Decree 102/2024/NĐ-CP, as "
        "amended. The time limit (20 working days) is the province's published figure for this "
        "procedure, not one set by the law itself: check the current list of procedures.",
        "order": 30, "location": "outside", "needs_land": True, "after": ["IRC"],
        "steps": [("Receive and check the dossier", 1),
                  ("Verify the site and the cadastral records", 10),
                  ("Submit to the Provincial People's Committee for decision", 7),
                  ("Hand over the land on site", 2)],
    },
    "ENV": {
        "name": "Cấp giấy phép môi trường (thẩm quyền cấp tỉnh)",
        "name_en": "Environmental permit (provincial)",
        "agency": "DAE", "statutory_days": 30, "day_kind": "calendar",
        "fee_text": "Appraisal fee as set by the provincial People's Council",
        "documents": "Application for an environmental permit\nReport proposing the "
        "environmental permit\nEnvironmental impact assessment decision, where one was required",
        "legal_basis": "Law on Environmental Protection No. 72/2020/QH14 (Luật Bảo vệ môi "
        "trường), art. 39–43: at most 30 days for permits of the provincial level, 20 days for "
        "some smaller projects (art. 43, as amended); Decree 08/2022/NĐ-CP, as amended.",
        "order": 40, "environment_groups": "II,III", "after": ["IRC", "IRC-IP"],
        "steps": [("Receive and check the dossier", 1),
                  ("Appraise: site inspection or appraisal council", 15),
                  ("Decide and issue the permit", 4)],
    },
    "ENV-MAE": {
        "name": "Cấp giấy phép môi trường (thẩm quyền Bộ Nông nghiệp và Môi trường)",
        "name_en": "Environmental permit (ministry, group I projects)",
        "agency": "MAE", "statutory_days": 45, "day_kind": "calendar",
        "fee_text": "Appraisal fee as set by the Ministry of Finance",
        "documents": "Application for an environmental permit\nReport proposing the "
        "environmental permit\nEnvironmental impact assessment decision",
        "legal_basis": "Law on Environmental Protection No. 72/2020/QH14, art. 41 (the ministry "
        "issues permits for group I projects) and art. 43 (at most 45 days), as amended; "
        "Decree 08/2022/NĐ-CP, as amended.",
        "order": 40, "environment_groups": "I", "after": ["IRC", "IRC-IP"],
        "steps": [("Receive and check the dossier", 2),
                  ("Appraise: site inspection and appraisal council", 24),
                  ("Decide and issue the permit", 4)],
    },
    "FIRE": {
        "name": "Thẩm định thiết kế về phòng cháy và chữa cháy",
        "name_en": "Fire prevention and fighting design appraisal",
        "agency": "FIRE", "statutory_days": 10, "day_kind": "working", "fee_text":
        "Appraisal fee as set by the Ministry of Finance's circular, by the project's capital",
        "documents": "Application for design appraisal\nDesign drawings and explanation of the "
        "fire prevention and fighting solutions\nInvestment approval document or IRC",
        "legal_basis": "Decree 136/2020/NĐ-CP, art. 13–14: at most 10 working days, 15 for group "
        "A projects, as amended by Decree 50/2024/NĐ-CP. From 1 July 2025 the Law on Fire "
        "Prevention, Fighting and Rescue (No. 55/2024/QH15) and its decrees apply: check the "
        "current text.",
        "order": 50, "needs_land": True, "after": ["IRC", "IRC-IP", "LAND"],
        "steps": [("Receive and check the dossier", 1), ("Appraise the design", 7),
                  ("Issue the appraisal certificate", 2)],
    },
    "CP": {
        "name": "Cấp giấy phép xây dựng (ngoài khu công nghiệp)",
        "name_en": "Construction permit (outside industrial parks)",
        "agency": "DOC", "statutory_days": 20, "day_kind": "calendar",
        "fee_text": "Fee as set by the provincial People's Council",
        "documents": "Application for a construction permit\nEvidence of the right to use the "
        "land\nDesign drawings and the appraisal result of the design\nFire prevention design "
        "appraisal certificate",
        "legal_basis": "Construction Law No. 50/2014/QH13 (Luật Xây dựng), art. 102: 20 days "
        "from a complete dossier for works other than individual houses, as amended by Law No. "
        "62/2020/QH14, and its implementing decrees as amended. Some works are exempt "
        "(art. 89(2)).",
        "order": 60, "location": "outside", "needs_land": True, "after": ["LAND", "FIRE"],
        "steps": [("Receive and check the dossier", 1),
                  ("Appraise the dossier and inspect the site", 10),
                  ("Issue the permit", 3)],
    },
    "CP-IP": {
        "name": "Cấp giấy phép xây dựng (trong khu công nghiệp)",
        "name_en": "Construction permit (in an industrial park)",
        "agency": "IPMB", "statutory_days": 20, "day_kind": "calendar",
        "fee_text": "Fee as set by the provincial People's Council",
        "documents": "Application for a construction permit\nLand or premises sub-lease "
        "agreement with the park developer\nDesign drawings and the appraisal result of the "
        "design\nFire prevention design appraisal certificate",
        "legal_basis": "Construction Law No. 50/2014/QH13, art. 102, as amended by Law No. "
        "62/2020/QH14; the industrial parks management board issues construction permits in its "
        "parks where the Provincial People's Committee has so delegated.",
        "order": 60, "location": "inside", "needs_land": True, "after": ["IRC-IP", "FIRE"],
        "steps": [("Receive and check the dossier", 1), ("Appraise the dossier", 10),
                  ("Issue the permit", 3)],
    },
    "WP": {
        "name": "Cấp giấy phép lao động cho người lao động nước ngoài",
        "name_en": "Work permit for foreign experts",
        "agency": "DOHA", "statutory_days": 5, "day_kind": "working",
        "fee_text": "Fee as set by the provincial People's Council",
        "documents": "Application for a work permit\nHealth certificate\nCriminal record "
        "certificate (issued within the last 6 months)\nProof of expertise: degree and years of "
        "experience\nPassport copy\nTwo colour photos\nApproval of the employer's demand for "
        "foreign workers",
        "legal_basis": "Labour Code No. 45/2019/QH14 (Bộ luật Lao động), art. 151–157; Decree "
        "152/2020/NĐ-CP as amended by Decree 70/2023/NĐ-CP: 5 working days from a complete "
        "dossier (as amended or replaced since: check the current text).",
        "order": 70, "needs_foreign_experts": True, "after": ["ERC"],
        "steps": [("Receive and check the dossier", 1),
                  ("Verify and issue the work permit", 4)],
    },
}
