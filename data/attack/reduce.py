#!/usr/bin/env python3
"""Reduce MITRE ATT&CK's STIX bundle to the compact JSON the compiler embeds.

Input: `enterprise-attack/enterprise-attack.json` of https://github.com/mitre/cti at the commit
of the ATT&CK release (STIX 2.0 objects). Output: `enterprise-attack-<version>.json` with

  { "domain": "enterprise-attack", "version": "<version>", "source": "...",
    "tactics":    [ { "id", "name", "shortname" } ...      in the order of the matrix ],
    "techniques": [ { "id", "name", "tactics": [shortname...], "revoked"?, "revokedBy"?, "deprecated"? } ... ],
    "groups":     [ { "id", "name", "aliases": [...], "revoked"?, "revokedBy"?, "deprecated"? } ... ],
    "software":   [ { "id", "name", "type": "malware"|"tool", "aliases": [...], "revoked"?, "revokedBy"?, "deprecated"? } ... ] }

Rules (the ones that produced enterprise-attack-18.1.json):
- an object's ID is the `external_id` of its `external_references` entry whose `source_name`
  is `mitre-attack`; objects without one are left out;
- tactics: the `x-mitre-tactic` objects named by the `tactic_refs` of the `x-mitre-matrix`
  object, in that order; `shortname` is `x_mitre_shortname`;
- techniques (and sub-techniques): every `attack-pattern`; `tactics` are the `phase_name`s of
  its `kill_chain_phases` whose `kill_chain_name` is `mitre-attack`, in STIX order;
- groups: every `intrusion-set`, `aliases` from `aliases`; software: every `malware` and `tool`,
  `aliases` from `x_mitre_aliases`; in both, the object's own name is dropped from its aliases
  (STIX lists it first) and the order is kept;
- `revoked: true` when the object has `revoked: true`; `revokedBy` is the ID of the target of
  its `revoked-by` relationship (`relationship_type: revoked-by`, `source_ref` = the revoked
  object); `deprecated: true` when `x_mitre_deprecated` is true; false flags are left out;
- each list is sorted by ID (ordinal), objects keep the key order above; the file is written
  with `json.dumps(..., indent=1, ensure_ascii=False)` and no final newline.

Usage:
  python3 reduce.py path/to/enterprise-attack.json --version 18.1 --commit <sha> > enterprise-attack-18.1.json
  python3 reduce.py --self-test
"""

import argparse
import json
import sys


def attack_id(obj):
    for ref in obj.get("external_references", []):
        if ref.get("source_name") == "mitre-attack" and ref.get("external_id"):
            return ref["external_id"]
    return None


def flags(obj, stix_id, revoked_by, ids):
    out = {}
    if obj.get("revoked"):
        out["revoked"] = True
        target = revoked_by.get(stix_id)
        if target is not None and target in ids:
            out["revokedBy"] = ids[target]
    if obj.get("x_mitre_deprecated"):
        out["deprecated"] = True
    return out


def aliases(obj, key):
    return [a for a in obj.get(key, []) if a != obj["name"]]


def reduce_bundle(bundle, version, source, domain="enterprise-attack"):
    objects = bundle["objects"]
    ids = {}
    for obj in objects:
        external = attack_id(obj)
        if external is not None:
            ids[obj["id"]] = external

    revoked_by = {
        obj["source_ref"]: obj["target_ref"]
        for obj in objects
        if obj.get("type") == "relationship" and obj.get("relationship_type") == "revoked-by"
    }

    by_stix_id = {obj["id"]: obj for obj in objects}
    matrices = [obj for obj in objects if obj.get("type") == "x-mitre-matrix" and not obj.get("revoked")]
    if len(matrices) != 1:
        raise SystemExit(f"expected one x-mitre-matrix, found {len(matrices)}")
    tactics = []
    for ref in matrices[0]["tactic_refs"]:
        tactic = by_stix_id[ref]
        tactics.append({"id": ids[ref], "name": tactic["name"], "shortname": tactic["x_mitre_shortname"]})

    techniques, groups, software = [], [], []
    for obj in objects:
        kind = obj.get("type")
        stix_id = obj["id"]
        if stix_id not in ids:
            continue
        if kind == "attack-pattern":
            phases = [p["phase_name"] for p in obj.get("kill_chain_phases", []) if p.get("kill_chain_name") == "mitre-attack"]
            techniques.append({"id": ids[stix_id], "name": obj["name"], "tactics": phases, **flags(obj, stix_id, revoked_by, ids)})
        elif kind == "intrusion-set":
            groups.append({"id": ids[stix_id], "name": obj["name"], "aliases": aliases(obj, "aliases"), **flags(obj, stix_id, revoked_by, ids)})
        elif kind in ("malware", "tool"):
            software.append({"id": ids[stix_id], "name": obj["name"], "type": kind, "aliases": aliases(obj, "x_mitre_aliases"), **flags(obj, stix_id, revoked_by, ids)})

    by_id = lambda o: o["id"]  # noqa: E731 - str ordering is ordinal: T1001 < T1001.001 < T1002
    return {
        "domain": domain,
        "version": version,
        "source": source,
        "tactics": tactics,
        "techniques": sorted(techniques, key=by_id),
        "groups": sorted(groups, key=by_id),
        "software": sorted(software, key=by_id),
    }


def dump(compact):
    return json.dumps(compact, indent=1, ensure_ascii=False)


def self_test():
    def ref(external_id):
        return [{"source_name": "mitre-attack", "external_id": external_id, "url": "https://attack.mitre.org/"}]

    bundle = {"type": "bundle", "objects": [
        {"type": "x-mitre-matrix", "id": "x-mitre-matrix--1", "name": "Enterprise ATT&CK",
         "tactic_refs": ["x-mitre-tactic--ia", "x-mitre-tactic--ex"], "external_references": [{"source_name": "mitre-attack", "external_id": "enterprise-attack"}]},
        {"type": "x-mitre-tactic", "id": "x-mitre-tactic--ex", "name": "Execution", "x_mitre_shortname": "execution", "external_references": ref("TA0002")},
        {"type": "x-mitre-tactic", "id": "x-mitre-tactic--ia", "name": "Initial Access", "x_mitre_shortname": "initial-access", "external_references": ref("TA0001")},
        {"type": "attack-pattern", "id": "attack-pattern--2", "name": "Command and Scripting Interpreter", "external_references": ref("T1059"),
         "kill_chain_phases": [{"kill_chain_name": "mitre-attack", "phase_name": "execution"}]},
        {"type": "attack-pattern", "id": "attack-pattern--1", "name": "Exploit Public-Facing Application", "external_references": ref("T1190"),
         "kill_chain_phases": [{"kill_chain_name": "mitre-attack", "phase_name": "initial-access"}, {"kill_chain_name": "other", "phase_name": "x"}]},
        {"type": "attack-pattern", "id": "attack-pattern--3", "name": "Scripting", "external_references": ref("T1064"), "x_mitre_deprecated": True,
         "kill_chain_phases": [{"kill_chain_name": "mitre-attack", "phase_name": "execution"}]},
        {"type": "attack-pattern", "id": "attack-pattern--4", "name": "Old", "external_references": ref("T1000"), "revoked": True,
         "kill_chain_phases": [{"kill_chain_name": "mitre-attack", "phase_name": "execution"}]},
        {"type": "attack-pattern", "id": "attack-pattern--5", "name": "PowerShell", "external_references": ref("T1059.001"), "x_mitre_is_subtechnique": True,
         "kill_chain_phases": [{"kill_chain_name": "mitre-attack", "phase_name": "execution"}]},
        {"type": "relationship", "id": "relationship--1", "relationship_type": "revoked-by", "source_ref": "attack-pattern--4", "target_ref": "attack-pattern--2"},
        {"type": "relationship", "id": "relationship--2", "relationship_type": "uses", "source_ref": "intrusion-set--1", "target_ref": "attack-pattern--1"},
        {"type": "intrusion-set", "id": "intrusion-set--1", "name": "Volt Typhoon", "aliases": ["Volt Typhoon", "Vanguard Panda"], "external_references": ref("G1017")},
        {"type": "tool", "id": "tool--1", "name": "Mimikatz", "x_mitre_aliases": ["Mimikatz"], "external_references": ref("S0002")},
        {"type": "malware", "id": "malware--1", "name": "LEMURLOOT", "external_references": ref("S1188")},
        {"type": "course-of-action", "id": "course-of-action--1", "name": "Mitigation", "external_references": ref("M1000")},
        {"type": "identity", "id": "identity--1", "name": "The MITRE Corporation"},
    ]}
    expected = {
        "domain": "enterprise-attack", "version": "0.1", "source": "test",
        "tactics": [{"id": "TA0001", "name": "Initial Access", "shortname": "initial-access"},
                    {"id": "TA0002", "name": "Execution", "shortname": "execution"}],
        "techniques": [
            {"id": "T1000", "name": "Old", "tactics": ["execution"], "revoked": True, "revokedBy": "T1059"},
            {"id": "T1059", "name": "Command and Scripting Interpreter", "tactics": ["execution"]},
            {"id": "T1059.001", "name": "PowerShell", "tactics": ["execution"]},
            {"id": "T1064", "name": "Scripting", "tactics": ["execution"], "deprecated": True},
            {"id": "T1190", "name": "Exploit Public-Facing Application", "tactics": ["initial-access"]},
        ],
        "groups": [{"id": "G1017", "name": "Volt Typhoon", "aliases": ["Vanguard Panda"]}],
        "software": [{"id": "S0002", "name": "Mimikatz", "type": "tool", "aliases": []},
                     {"id": "S1188", "name": "LEMURLOOT", "type": "malware", "aliases": []}],
    }
    actual = reduce_bundle(bundle, "0.1", "test")
    if actual != expected or dump(actual) != dump(expected):
        print(dump(actual), file=sys.stderr)
        raise SystemExit("self-test failed")
    print("self-test passed")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("bundle", nargs="?", help="mitre/cti enterprise-attack/enterprise-attack.json")
    parser.add_argument("--version", help="ATT&CK release, e.g. 18.1")
    parser.add_argument("--commit", help="the mitre/cti commit the bundle was taken from (first 10 hex digits are enough)")
    parser.add_argument("--self-test", action="store_true", help="reduce a tiny hand-made bundle and compare")
    args = parser.parse_args()
    if args.self_test:
        self_test()
        return
    if not (args.bundle and args.version and args.commit):
        parser.error("bundle, --version and --commit are required")
    with open(args.bundle, encoding="utf-8") as f:
        bundle = json.load(f)
    source = f"mitre/cti enterprise-attack (STIX 2.0 objects), commit {args.commit}"
    sys.stdout.reconfigure(encoding="utf-8")
    sys.stdout.write(dump(reduce_bundle(bundle, args.version, source)))


if __name__ == "__main__":
    main()
