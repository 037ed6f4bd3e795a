using System.Collections.Immutable;

namespace IncidentLang.Binding;

/// <summary>The STIX 2.1 industry-sector-ov open vocabulary (section 10.12 of STIX 2.1).</summary>
/// <remarks>
/// Values and order are those of STIX 2.1 section 10.12, as carried by the OASIS STIX 2.1 JSON schema
/// (<c>sdos/identity.json</c>, <c>#/definitions/industry-sector-ov</c>) and the OASIS STIX validator.
/// The vocabulary groups sub-sectors under two parents without prefixing them: <c>emergency-services</c>
/// and <c>government-*</c> follow <c>government</c>; <c>dams</c>, <c>nuclear</c> and <c>water</c> follow
/// <c>infrastructure</c>. The OASIS schema also lists <c>engineering</c>, a leftover of the STIX 2.0
/// drafts that STIX 2.1 does not define, so it is not included.
/// </remarks>
public static class IndustrySectors
{
    /// <summary>Every industry-sector-ov value with a one-sentence English description, in the specification's order.</summary>
    public static ImmutableArray<(string Name, string Description)> All { get; } =
    [
        ("agriculture", "Farming, forestry, fishing and food production."),
        ("aerospace", "Aircraft, spacecraft and related component manufacturers."),
        ("automotive", "Motor vehicle and vehicle parts manufacturers."),
        ("chemical", "Chemical producers and processors."),
        ("commercial", "Commercial facilities such as offices, venues and real estate."),
        ("communications", "Communications and media providers."),
        ("construction", "Building and civil engineering contractors."),
        ("defense", "Military organisations and the defence industrial base."),
        ("education", "Schools, universities and other educational institutions."),
        ("energy", "Oil, gas, electricity and other energy producers and suppliers."),
        ("entertainment", "Film, music, gaming and other entertainment companies."),
        ("financial-services", "Banks, payment providers, investment firms and other financial institutions."),
        ("government", "Government bodies at any level."),
        ("emergency-services", "Police, fire, ambulance and other emergency responders."),
        ("government-local", "Municipal, city and other local government bodies."),
        ("government-national", "National or federal government bodies."),
        ("government-public-services", "Government agencies that deliver services to the public."),
        ("government-regional", "State, provincial and other regional government bodies."),
        ("healthcare", "Hospitals, clinics and other healthcare providers."),
        ("hospitality-leisure", "Hotels, restaurants, travel and leisure businesses."),
        ("infrastructure", "Operators of critical infrastructure."),
        ("dams", "Dams, levees and related water-control infrastructure."),
        ("nuclear", "Nuclear reactors, materials and waste facilities."),
        ("water", "Drinking water and wastewater systems."),
        ("insurance", "Insurers, reinsurers and insurance brokers."),
        ("manufacturing", "Industrial and consumer goods manufacturers."),
        ("mining", "Mineral, metal and coal extraction companies."),
        ("non-profit", "Charities, NGOs and other non-profit organisations."),
        ("pharmaceuticals", "Drug research, development and manufacturing companies."),
        ("retail", "Retailers selling goods to consumers, online or in stores."),
        ("technology", "Software, hardware and IT service companies."),
        ("telecommunications", "Telecommunications providers and carriers."),
        ("transportation", "Air, rail, road and maritime transport and logistics operators."),
        ("utilities", "Electricity, gas and water utility companies."),
    ];
}
