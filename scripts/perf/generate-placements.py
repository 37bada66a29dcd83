#!/usr/bin/env python3
"""Writes a Placements CSV v1 file of N valid placements, deterministically (seeded), for the performance script.

Every row passes the SDK's checks: current municipalities of 2026 with their region, the ten Haaglanden 2015 sectors,
target groups the booking partner may book (rule H15), dates 2015-2026 with end >= start, hours in (0, 60].
Usage: generate-placements.py N FILE [SEED]
"""
import csv
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MUNICIPALITIES = os.path.join(HERE, "..", "..", "src", "Wsp.Sdk", "Data", "cbs-municipalities.csv")
SECTORS = ["RETAIL", "PUBLIC_ADMINISTRATION_EDUCATION", "TRANSPORT_LOGISTICS_WHOLESALE", "UNNAMED", "CONSTRUCTION_ENGINEERING",
           "HOSPITALITY_LEISURE", "CARE_WELFARE_CLEANING", "SECURITY", "ICT", "AGRICULTURE_HORTICULTURE"]
NATIONAL_EMPLOYER_KVK = 90000001
HEADER = "placement_id,vacancy_id,employer_kvk,municipality_code,sector_code,candidate_ref,booking_partner,target_groups,start_date,end_date,hours_per_week,employer_kind,arrangement_id\n"


def main():
    count, path = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 20151400)
    with open(MUNICIPALITIES, newline="", encoding="utf-8") as f:
        codes = [row["code"] for row in csv.DictReader(f) if row["year"] == "2026" and row["region_code"]]
    from datetime import date, timedelta
    first = date(2015, 1, 1).toordinal()
    days = [date.fromordinal(first + i).isoformat() for i in range(12 * 365 + 3 * 365 + 10)]
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write(HEADER)
        lines = []
        for i in range(count):
            municipality = rng.choice(codes)
            uwv = rng.random() < 0.45
            r = rng.random()
            if uwv:
                groups = "WW" if r < 0.5 else ("WAJONG" if r < 0.7 else ("YOUTH" if r < 0.85 else "REGULAR"))
            else:
                groups = "PARTICIPATIEWET" if r < 0.6 else ("WSW" if r < 0.7 else ("STATUS_HOLDER" if r < 0.8 else "OVER_55"))
            if rng.random() < 0.4:
                groups = "BANENAFSPRAAK;" + groups
            start = rng.randrange(12 * 365)
            end = days[start + rng.randrange(3 * 365)] if rng.random() < 0.5 else ""
            hours = 4 + rng.randrange(145) * 0.25
            # Drawn in the order the rows always had, so a file of a given size and seed stays the same file.
            vacancy, kvk, sector = rng.randrange(1000000), rng.randrange(10000000, 99999999), rng.choice(SECTORS)
            candidate = rng.randrange(100000000)
            kind = "MARKET" if rng.random() < 0.7 else "GOVERNMENT"
            arrangement = ("ARR-%03d" % rng.randrange(40)) if rng.random() < 0.05 else ""
            if arrangement:
                # Rule L2: a placement under an arrangement is at the arrangement's employer; `wsp demo --arrangements
                # 40` makes ARR-000…ARR-039 with its national employer, KvK 90000001.
                kvk = NATIONAL_EMPLOYER_KVK
            lines.append("P%08d,V%06d,%08d,%s,%s,K%08d,%s,%s,%s,%s,%s,%s,%s\n" % (
                i, vacancy, kvk, municipality, sector, candidate, "UWV" if uwv else municipality, groups, days[start], end,
                ("%.2f" % hours).rstrip("0").rstrip("."), kind, arrangement))
            if len(lines) == 10000:
                out.writelines(lines)
                lines.clear()
        out.writelines(lines)


if __name__ == "__main__":
    main()
