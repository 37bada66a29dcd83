#!/usr/bin/env python3
"""Writes a Placements CSV v1 file of N valid placements, deterministically (seeded), for the performance script.

Every row passes the SDK's checks: current municipalities of 2026 with their region, the ten Haaglanden 2015 sectors,
target groups the booking partner may book (rule H15), dates 2015-2026 with end >= start, hours in (0, 60].

Employers come from a pool shaped like the country's (--employers, default 100,000): sized by rank (the employer of rank
r takes a share proportional to r^-0.8, so the largest takes ~2 % of the placements and the smallest still a few a
year at 10,000,000 rows), each with one sector and one kind (an establishment has one SBI code). The 1,000 largest have
establishments all over the country (the seed document's national employers: "vestigingen in vier of meer
arbeidsmarktregio's"), so their placements are in any municipality; every other employer has one establishment, and
its placements are there. --employers 0 draws every placement's employer, sector and kind on their own, from 90 million
KvK numbers, as the files made before the pool: nearly every placement its own employer, the worst case of any
grouping by employer, and the same file as then for a given size and seed.

Usage: generate-placements.py N FILE [SEED] [--employers COUNT]
"""
import argparse
import bisect
import csv
import itertools
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
MUNICIPALITIES = os.path.join(HERE, "..", "..", "src", "Wsp.Sdk", "Data", "cbs-municipalities.csv")
SECTORS = ["RETAIL", "PUBLIC_ADMINISTRATION_EDUCATION", "TRANSPORT_LOGISTICS_WHOLESALE", "UNNAMED", "CONSTRUCTION_ENGINEERING",
           "HOSPITALITY_LEISURE", "CARE_WELFARE_CLEANING", "SECURITY", "ICT", "AGRICULTURE_HORTICULTURE"]
NATIONAL_EMPLOYER_KVK = 90000001
COUNTRY_WIDE_EMPLOYERS = 1000
HEADER = "placement_id,vacancy_id,employer_kvk,municipality_code,sector_code,candidate_ref,booking_partner,target_groups,start_date,end_date,hours_per_week,employer_kind,arrangement_id\n"


class EmployerPool:
    """The employers of the file: KvK number, sector, kind and establishment (None: all over the country) by rank."""

    def __init__(self, size, codes, seed):
        # A stream of its own, so the rows' other fields are drawn as with --employers 0 and only the employer differs.
        self.rng = random.Random(seed ^ 0x5EED)
        kvks = self.rng.sample(range(10000000, 90000000), size)
        self.employers = [(kvk, self.rng.choice(SECTORS), "MARKET" if self.rng.random() < 0.7 else "GOVERNMENT",
                           None if rank < COUNTRY_WIDE_EMPLOYERS else self.rng.choice(codes))
                          for rank, kvk in enumerate(kvks)]
        self.cumulative = list(itertools.accumulate((rank + 1) ** -0.8 for rank in range(size)))

    def draw(self):
        return self.employers[bisect.bisect(self.cumulative, self.rng.random() * self.cumulative[-1])]


def main():
    parser = argparse.ArgumentParser(description="Writes N generated placements as a Placements CSV v1 file.")
    parser.add_argument("count", type=int)
    parser.add_argument("path")
    parser.add_argument("seed", type=int, nargs="?", default=20151400)
    parser.add_argument("--employers", type=int, default=100000,
                        help="size of the employer pool (default 100,000); 0: every placement's employer drawn on its own")
    arguments = parser.parse_args()
    count, path = arguments.count, arguments.path
    rng = random.Random(arguments.seed)
    with open(MUNICIPALITIES, newline="", encoding="utf-8") as f:
        codes = [row["code"] for row in csv.DictReader(f) if row["year"] == "2026" and row["region_code"]]
    pool = EmployerPool(arguments.employers, codes, arguments.seed) if arguments.employers > 0 else None
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
            if pool:
                kvk, sector, kind, establishment = pool.draw()
                municipality = establishment or municipality
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
