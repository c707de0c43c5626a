using UnitCompiler.Lint;
using UnitCompiler.Project;

namespace UnitCompiler.Tests.Lint;

/// <summary>
/// Lint on eighty-eight units its rules and word lists were not written against: the import fixtures and
/// the fourteen held-out sets (retail to facilities management, levels 1 to 5), written by others for the importer.
/// Every finding was judged by hand; the false alarms raised ("Refactor" is a verb WordNet 3.0 predates,
/// "Replace or repair" offers one action, not two, "Redraft" is a verb WordNet does not list, "**static** and
/// **mobile patrols**" names "static patrols", "**assured** and **secure** tenancies" names "secure tenancy", and
/// "Regulator of Social Housing (RSH)" defines "Regulator of Social Housing") were mended, and the
/// judged findings are kept here so that any other finding fails.
/// </summary>
public class LintUnseenUnitsTests
{
    private static readonly string[] Judged =
    [
        "unit-hairdressing-shampoo UNITC1010 1.1", "unit-hairdressing-shampoo UNITC1010 2.1", "unit-hairdressing-shampoo UNITC1010 2.2", "unit-hairdressing-shampoo UNITC1010 4.2",
        "unit-plumbing-cold-water UNITC1010 3.1", "unit-plumbing-cold-water UNITC1010 3.1", "unit-plumbing-cold-water UNITC1004 5.2",
        "unit-plumbing-cold-water UNITC1002 8.2", "unit-plumbing-cold-water UNITC1002 10.1",
        "unit-accounting UNITC1004 6.1", "unit-accounting UNITC1012 10.1",
        "unit-business-admin UNITC1002 3.1", "unit-business-admin UNITC1002 4.2",
        "unit-education UNITC1004 3.1",
        "unit-hospitality UNITC1010 1.1", "unit-hospitality UNITC1010 1.2", "unit-hospitality UNITC1010 3.2",
        "unit-hospitality UNITC1002 3.1", "unit-hospitality UNITC1002 4.1",
        "unit-maintenance UNITC1002 4.1",
        "unit-scaffolding UNITC1002 4.3",

        // The second held-out set (five more sectors), judged on its first run: each is two actions in one criterion, or a level 1-2 verb at level 3 (info).
        "unit-electrical-inspection-testing UNITC1004 2.3",
        "unit-horticulture-propagation UNITC1002 3.1", "unit-horticulture-propagation UNITC1002 3.3", "unit-horticulture-propagation UNITC1002 4.4",
        "unit-sport-gym-instructing UNITC1002 4.1",

        // The third held-out set (six more sectors), judged on its first run: two actions in one criterion, and "compare" at level 5 (info).
        "unit-beauty-lash-brow UNITC1002 3.2", "unit-food-safety-catering UNITC1002 5.2", "unit-leadership-team-performance UNITC1004 3.4",

        // The fourth held-out set: its one finding is a bold key term in a unit with no indicative content at all.
        "unit-travel-itineraries UNITC1010 2.2",

        // The fifth held-out set, judged on its first run: "Fill and vent a system and check it" and "Check, pack and label" are each three actions.
        "unit-plumbing-central-heating UNITC1002 3.2", "unit-warehousing-goods-in UNITC1002 4.2",

        // The sixth held-out set, judged on its first run: two or three actions in one criterion, and bold key terms in a unit
        // with no indicative content. Its one false alarm ("Redraft" is "draft" again, a verb WordNet does not list) was mended.
        "unit-adult-care-safeguarding-leadership UNITC1002 4.1", "unit-barbering-cutting UNITC1002 1.3",
        "unit-barbering-cutting UNITC1010 1.2", "unit-barbering-cutting UNITC1010 2.1", "unit-barbering-cutting UNITC1010 2.1",
        "unit-engineering-pump-maintenance UNITC1002 4.3", "unit-livestock-health-welfare UNITC1002 3.3",

        // The seventh set, judged on its first run: an undefined key term, two and three actions in one criterion, "near-miss"
        // once beside "near miss", and two definitions whose terms the criteria name without bold (the export lost it). Its one
        // false alarm ("**static** and **mobile patrols**", with "Static patrols" defined) was mended: a term sharing its head
        // with the next resolves as the whole.
        "unit-it-network-design UNITC1010 2.1", "unit-pharmacy-dispensing UNITC1002 2.7", "unit-pharmacy-dispensing UNITC1020 3.1",
        "unit-plant-dumper-operations UNITC1002 2.1", "unit-plant-dumper-operations UNITC1012 1.1", "unit-plant-dumper-operations UNITC1012 2.3",

        // The eighth set, judged on its first run (no false alarm): "state" at level 3 (info), key terms the indicative content
        // does not define (one unit has none at all), and two actions in one criterion.
        "unit-electrical-final-circuits UNITC1004 1.1", "unit-electrical-final-circuits UNITC1010 1.2", "unit-electrical-final-circuits UNITC1010 1.4",
        "unit-electrical-final-circuits UNITC1002 2.4", "unit-electrical-final-circuits UNITC1010 3.8",
        "unit-fitness-circuit-sessions UNITC1010 1.1", "unit-fitness-circuit-sessions UNITC1010 1.2", "unit-fitness-circuit-sessions UNITC1010 1.2",
        "unit-fitness-circuit-sessions UNITC1010 2.1", "unit-fitness-circuit-sessions UNITC1010 3.2",
        "unit-vet-nursing-fluid-therapy UNITC1002 3.2",

        // The ninth set, judged on its first run: key terms with no definition (one unit has no indicative content at all),
        // "Wire and tape" and "Record and report" (two actions), "summarise" at level 4 (info). Its two false alarms were
        // mended: "**assured** and **secure** tenancies" with "Secure tenancy" defined (each bold word of a list qualifies
        // the noun after it), and "Regulator of Social Housing (RSH)" defining "Regulator of Social Housing".
        "unit-assessor-occupational-competence UNITC1010 1.1", "unit-assessor-occupational-competence UNITC1010 1.2",
        "unit-assessor-occupational-competence UNITC1010 1.3", "unit-assessor-occupational-competence UNITC1010 1.3",
        "unit-assessor-occupational-competence UNITC1010 1.3", "unit-assessor-occupational-competence UNITC1010 1.3",
        "unit-assessor-occupational-competence UNITC1010 2.1", "unit-assessor-occupational-competence UNITC1010 3.3",
        "unit-assessor-occupational-competence UNITC1010 4.2", "unit-assessor-occupational-competence UNITC1010 4.2",
        "unit-floristry-hand-tied-designs UNITC1002 4.1",
        "unit-housing-tenancy-management UNITC1004 1.1", "unit-housing-tenancy-management UNITC1010 2.1",
        "unit-housing-tenancy-management UNITC1010 4.1", "unit-housing-tenancy-management UNITC1010 7.2",
        "unit-lab-science-volumetric-analysis UNITC1010 2.1",
        "unit-rail-track-maintenance UNITC1010 1.2", "unit-rail-track-maintenance UNITC1002 3.3",

        // The tenth set, judged on its first run (no false alarm): key terms the indicative content does not define (one
        // unit has none at all) and "Report and record", "Bath and dry" (two actions).
        "unit-construction-site-supervision UNITC1010 2.2", "unit-construction-site-supervision UNITC1010 3.2",
        "unit-construction-site-supervision UNITC1010 4.1", "unit-construction-site-supervision UNITC1010 4.2",
        "unit-construction-site-supervision UNITC1010 4.3", "unit-construction-site-supervision UNITC1010 4.8",
        "unit-construction-site-supervision UNITC1002 4.11", "unit-construction-site-supervision UNITC1010 5.1",
        "unit-construction-site-supervision UNITC1010 8.1",
        "unit-dog-grooming-breed-styles UNITC1002 2.2", "unit-dog-grooming-breed-styles UNITC1010 3.3",
        "unit-lgv-vehicle-checks-loads UNITC1010 1.3", "unit-lgv-vehicle-checks-loads UNITC1010 2.2",
        "unit-nail-enhancements UNITC1010 1.1", "unit-nail-enhancements UNITC1010 1.2", "unit-nail-enhancements UNITC1010 2.1",
        "unit-nail-enhancements UNITC1010 3.1", "unit-nail-enhancements UNITC1010 3.2", "unit-nail-enhancements UNITC1010 3.3",

        // The eleventh set, judged on its first run (no false alarm): "Price and label" (two actions) and the bold key terms
        // of a unit with no indicative content.
        "unit-butchery-lamb-preparation UNITC1002 3.2",
        "unit-maritime-deck-operations UNITC1010 1.1", "unit-maritime-deck-operations UNITC1010 1.2",
        "unit-maritime-deck-operations UNITC1010 2.2", "unit-maritime-deck-operations UNITC1010 3.1",

        // The twelfth set, judged on its first run: "Give and ask" (two actions) and two key terms of a unit with no
        // indicative content. Its one false alarm ("Sned and cross-cut the felled tree" started with no verb: "sned" is a
        // forestry verb WordNet lacks) was mended in tools/lexicon/verbs-added.txt, with other land-based and construction
        // verbs; the criterion is now read as the two actions it asks for, as "Wire and tape" was.
        "unit-arboriculture-tree-felling UNITC1002 2.3", "unit-bsl-everyday-conversations UNITC1002 2.2",
        "unit-cleaning-washrooms UNITC1010 1.1", "unit-cleaning-washrooms UNITC1010 2.1",

        // The thirteenth set, judged on its first run: key terms of a unit with no indicative content, "compare" at level 5
        // (info), and a definition whose term the criteria name without bold. Its false alarms were mended: "social-media"
        // inside a link's address read as a second spelling of "social media", "**stress-vulnerability model (*Zubin and
        // Spring*)**" not resolving to "Stress-vulnerability model" (an attribution in brackets is not part of a term), and
        // "no lead-in" on a criterion whose closing words, after its sub-items, had been appended to its lead-in (spec
        // format 3 keeps them after the list, as `after_items`).
        "unit-motor-vehicle-bodywork UNITC1012 1.1",
        "unit-quality-management UNITC1010 1.1", "unit-quality-management UNITC1004 1.2", "unit-quality-management UNITC1010 1.2",
        "unit-quality-management UNITC1010 2.2", "unit-quality-management UNITC1010 3.1",

        // The fourteenth set, judged on its first run: key terms of a unit with no indicative content, one undefined
        // term, and criteria of two or three actions ("Collect and store", "Stack and de-stack", "Park and secure",
        // "Fill, flush and pressure test"). Its false alarm was mended: "**types of school**", with "Maintained schools",
        // "Academies and free schools" and "Independent schools" defined under it, was called undefined and the three
        // definitions unused; a term naming the kinds of a thing is now defined by the kinds defined under its criterion.
        "unit-customer-service-face-to-face UNITC1010 1.3", "unit-customer-service-face-to-face UNITC1010 3.2",
        "unit-cyber-incident-response UNITC1002 2.3",
        "unit-forklift-counterbalance UNITC1002 3.2", "unit-forklift-counterbalance UNITC1002 3.3",
        "unit-heat-pump-installation UNITC1010 2.2", "unit-heat-pump-installation UNITC1002 3.2",

        "unit-arboriculture-chainsaw-crosscutting UNITC1002 2.2",
        "unit-dental-infection-control UNITC1002 2.3", "unit-dental-infection-control UNITC1002 3.2",
        "unit-youth-work-groups UNITC1010 1.1", "unit-youth-work-groups UNITC1010 2.2", "unit-youth-work-groups UNITC1010 3.1",

        "unit-artisan-bread-production UNITC1010 1.2", "unit-artisan-bread-production UNITC1002 2.2", "unit-artisan-bread-production UNITC1010 2.2",
        "unit-artisan-bread-production UNITC1002 2.4", "unit-artisan-bread-production UNITC1004 3.1",
        "unit-mental-health-peer-support UNITC1010 2.2", "unit-solar-pv-installation UNITC1002 3.3",

        "unit-marine-engineering-systems UNITC1010 2.1", "unit-marine-engineering-systems UNITC1002 3.1",
        "unit-project-management-principles UNITC1010 3.3", "unit-project-management-principles UNITC1010 4.2",
        "unit-retail-visual-merchandising UNITC1002 3.1",
        "unit-spreadsheet-data-analysis UNITC1010 1.2", "unit-spreadsheet-data-analysis UNITC1010 3.2",

        // The eighteenth set: 17 findings judged right; its four false alarms ("**arrises**" for "Arris", "**the *ease*
        // allowance**" for "Ease allowance", "**Controller of Site Safety (COSS)**" for "COSS", "**National Early Warning Score 2 (NEWS2)**" for "NEWS2") were mended.
        "unit-charity-fundraising-principles UNITC1010 3.1", "unit-charity-fundraising-principles UNITC1010 3.2",
        "unit-esol-everyday-reading UNITC1002 1.1", "unit-esol-everyday-reading UNITC1010 1.3", "unit-esol-everyday-reading UNITC1010 2.1",
        "unit-esol-everyday-reading UNITC1010 2.2",
        "unit-fashion-pattern-cutting UNITC1010 1.1", "unit-fashion-pattern-cutting UNITC1010 2.2", "unit-fashion-pattern-cutting UNITC1010 2.2",
        "unit-paramedic-clinical-assessment UNITC1010 2.2", "unit-paramedic-clinical-assessment UNITC1010 3.2",
        "unit-plastering-solid-backgrounds UNITC1002 2.1", "unit-plastering-solid-backgrounds UNITC1010 2.1", "unit-plastering-solid-backgrounds UNITC1010 2.2",
        "unit-plastering-solid-backgrounds UNITC1010 3.1",
        "unit-railway-signalling-maintenance UNITC1010 1.2", "unit-railway-signalling-maintenance UNITC1012 2.1",

        // The nineteenth set: 13 findings judged right (key terms with no definition, one unit with no indicative
        // content at all; two actions in one criterion; "summarise" at level 5, info); its one false alarm, "**tip
        // cuttings from *Fuchsia* plants**" with "Tip cuttings" defined (called undefined, then a second spelling,
        // and the definition unused), was mended.
        "unit-anaesthesia-support UNITC1010 2.1", "unit-anaesthesia-support UNITC1010 2.2", "unit-anaesthesia-support UNITC1002 2.3",
        "unit-anaesthesia-support UNITC1002 3.1",
        "unit-cyber-incident-response-principles UNITC1010 2.3",
        "unit-lgv-walkaround-checks UNITC1010 1.2", "unit-lgv-walkaround-checks UNITC1010 1.3", "unit-lgv-walkaround-checks UNITC1010 2.1",
        "unit-lgv-walkaround-checks UNITC1010 2.2", "unit-lgv-walkaround-checks UNITC1010 2.2",
        "unit-plant-propagation UNITC1002 2.3", "unit-plant-propagation UNITC1002 3.2",
        "unit-send-leadership-early-years UNITC1004 1.1",

        // The twentieth set, judged on its first run (no false alarm): key terms the indicative content does not
        // define, five criteria of two or three actions in an Entry 3 numeracy unit, "state" at level 3 (info), and
        // "Legally valid prescription" defined where the criterion says "a prescription is legally valid" (info).
        "unit-electrical-inspection-testing UNITC1004 1.1", "unit-electrical-inspection-testing UNITC1010 1.2", "unit-electrical-inspection-testing UNITC1010 3.3",
        "unit-numeracy-measures-shapes UNITC1002 1.1", "unit-numeracy-measures-shapes UNITC1002 1.2", "unit-numeracy-measures-shapes UNITC1002 2.1",
        "unit-numeracy-measures-shapes UNITC1002 2.3", "unit-numeracy-measures-shapes UNITC1002 3.1", "unit-numeracy-measures-shapes UNITC1010 3.2",
        "unit-pharmacy-dispensing UNITC1012 2.1",
        "unit-port-cargo-operations UNITC1010 2.2",
    ];

    [Fact]
    public void EveryFindingOnTheUnseenUnitsIsOneAWriterAgreesWith()
    {
        var files = new[] { "import", "import-heldout", "import-heldout2", "import-heldout3", "import-heldout4", "import-heldout5", "import-heldout6", "import-heldout7", "import-heldout8", "import-heldout9", "import-heldout10", "import-heldout11", "import-heldout12", "import-heldout13", "import-heldout14", "import-heldout15", "import-heldout16", "import-heldout17", "import-heldout18", "import-heldout19", "import-heldout20" }.SelectMany(folder => Directory.GetFiles(TestPaths.TestFile(folder), "unit-*.txt")).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(124, files.Count);
        var findings = ProjectLint.Run(files, LintConfig.Default)
            .Where(f => f.Diagnostic.Id.StartsWith("UNITC1", StringComparison.Ordinal))
            .Select(f => $"{Path.GetFileNameWithoutExtension(f.Diagnostic.Location.Path)} {f.Diagnostic.Id} {f.CriterionId ?? "-"}")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(Judged.Order(StringComparer.Ordinal), findings);
    }
}
