#!/usr/bin/env python3
"""Write resources/rules/countries.txt, capitals.txt, demonyms.txt and regions.txt.

Country names come from Debian's iso-codes package (/usr/share/iso-codes/json/iso_3166-1.json:
name, common_name and official_name of every ISO 3166-1 entry). Capitals and demonyms are written
here from general knowledge, keyed by the ISO 3166-1 alpha-2 code. Regions are the first-level
subdivisions (states, provinces, regions, ...) of /usr/share/iso-codes/json/iso_3166-2.json. No news
corpus was consulted.
"""
import json, os, sys

ISO = '/usr/share/iso-codes/json/iso_3166-1.json'
ISO_SUBDIVISIONS = '/usr/share/iso-codes/json/iso_3166-2.json'
# First-level subdivisions a role is commonly qualified with ("the Ohio governor", "a Bavarian MP").
REGION_TYPES = {'State', 'Province', 'Region', 'Land', 'Autonomous community', 'Canton', 'Prefecture', 'Territory',
                'Country', 'Nation', 'Federal district', 'Autonomous region', 'Federal territory', 'Republic',
                'Autonomous province', 'Oblast', 'Emirate', 'Governorate', 'Department'}
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'resources', 'rules')

CAPITALS = '''AF Kabul|AL Tirana|DZ Algiers|AD Andorra la Vella|AO Luanda|AG Saint John's|AR Buenos Aires|AM Yerevan|AU Canberra
AT Vienna|AZ Baku|BS Nassau|BH Manama|BD Dhaka|BB Bridgetown|BY Minsk|BE Brussels|BZ Belmopan|BJ Porto-Novo|BT Thimphu
BO Sucre;La Paz|BA Sarajevo|BW Gaborone|BR Brasília;Brasilia|BN Bandar Seri Begawan|BG Sofia|BF Ouagadougou|BI Gitega
KH Phnom Penh|CM Yaoundé;Yaounde|CA Ottawa|CV Praia|CF Bangui|TD N'Djamena|CL Santiago|CN Beijing|CO Bogotá;Bogota
KM Moroni|CG Brazzaville|CD Kinshasa|CR San José|CI Yamoussoukro|HR Zagreb|CU Havana|CY Nicosia|CZ Prague|DK Copenhagen
DJ Djibouti|DM Roseau|DO Santo Domingo|EC Quito|EG Cairo|SV San Salvador|GQ Malabo|ER Asmara|EE Tallinn|SZ Mbabane
ET Addis Ababa|FJ Suva|FI Helsinki|FR Paris|GA Libreville|GM Banjul|GE Tbilisi|DE Berlin|GH Accra|GR Athens|GD St. George's
GT Guatemala City|GN Conakry|GW Bissau|GY Georgetown|HT Port-au-Prince|HN Tegucigalpa|HU Budapest|IS Reykjavik;Reykjavík
IN New Delhi|ID Jakarta|IR Tehran|IQ Baghdad|IE Dublin|IL Jerusalem|IT Rome|JM Kingston|JP Tokyo|JO Amman|KZ Astana
KE Nairobi|KI Tarawa|KP Pyongyang|KR Seoul|KW Kuwait City|KG Bishkek|LA Vientiane|LV Riga|LB Beirut|LS Maseru|LR Monrovia
LY Tripoli|LI Vaduz|LT Vilnius|LU Luxembourg|MG Antananarivo|MW Lilongwe|MY Kuala Lumpur|MV Malé|ML Bamako|MT Valletta
MH Majuro|MR Nouakchott|MU Port Louis|MX Mexico City|FM Palikir|MD Chisinau;Chișinău|MC Monaco|MN Ulaanbaatar|ME Podgorica
MA Rabat|MZ Maputo|MM Naypyidaw;Yangon|NA Windhoek|NR Yaren|NP Kathmandu|NL Amsterdam;The Hague|NZ Wellington|NI Managua
NE Niamey|NG Abuja|MK Skopje|NO Oslo|OM Muscat|PK Islamabad|PW Ngerulmud|PS Ramallah|PA Panama City|PG Port Moresby
PY Asunción;Asuncion|PE Lima|PH Manila|PL Warsaw|PT Lisbon|QA Doha|RO Bucharest|RU Moscow|RW Kigali|KN Basseterre
LC Castries|VC Kingstown|WS Apia|SM San Marino|ST São Tomé|SA Riyadh|SN Dakar|RS Belgrade|SC Victoria|SL Freetown
SG Singapore|SK Bratislava|SI Ljubljana|SB Honiara|SO Mogadishu|ZA Pretoria;Cape Town|SS Juba|ES Madrid|LK Colombo
SD Khartoum|SR Paramaribo|SE Stockholm|CH Bern;Berne|SY Damascus|TW Taipei|TJ Dushanbe|TZ Dodoma|TH Bangkok|TL Dili
TG Lomé;Lome|TO Nuku'alofa|TT Port of Spain|TN Tunis|TR Ankara|TM Ashgabat|TV Funafuti|UG Kampala|UA Kyiv;Kiev
AE Abu Dhabi|GB London|US Washington|UY Montevideo|UZ Tashkent|VU Port Vila|VA Vatican City|VE Caracas|VN Hanoi
YE Sana'a;Sanaa|ZM Lusaka|ZW Harare'''

DEMONYMS = '''AF Afghan|AL Albanian|DZ Algerian|AO Angolan|AR Argentine;Argentinian|AM Armenian|AU Australian|AT Austrian
AZ Azerbaijani|BH Bahraini|BD Bangladeshi|BY Belarusian|BE Belgian|BO Bolivian|BA Bosnian|BW Botswanan|BR Brazilian
BG Bulgarian|KH Cambodian|CM Cameroonian|CA Canadian|CL Chilean|CN Chinese|CO Colombian|CG Congolese|CD Congolese
CR Costa Rican|HR Croatian|CU Cuban|CY Cypriot|CZ Czech|DK Danish|DO Dominican|EC Ecuadorian|EG Egyptian|SV Salvadoran
EE Estonian|ET Ethiopian|FJ Fijian|FI Finnish|FR French|GA Gabonese|GE Georgian|DE German|GH Ghanaian|GR Greek
GT Guatemalan|GN Guinean|HT Haitian|HN Honduran|HU Hungarian|IS Icelandic|IN Indian|ID Indonesian|IR Iranian|IQ Iraqi
IE Irish|IL Israeli|IT Italian|JM Jamaican|JP Japanese|JO Jordanian|KZ Kazakh|KE Kenyan|KP North Korean|KR South Korean
KW Kuwaiti|KG Kyrgyz|LA Laotian;Lao|LV Latvian|LB Lebanese|LR Liberian|LY Libyan|LT Lithuanian|LU Luxembourgish
MG Malagasy|MW Malawian|MY Malaysian|ML Malian|MT Maltese|MR Mauritanian|MX Mexican|MD Moldovan|MN Mongolian
ME Montenegrin|MA Moroccan|MZ Mozambican|MM Burmese|NA Namibian|NP Nepali;Nepalese|NL Dutch|NZ New Zealand
NI Nicaraguan|NE Nigerien|NG Nigerian|MK Macedonian|NO Norwegian|OM Omani|PK Pakistani|PS Palestinian|PA Panamanian
PY Paraguayan|PE Peruvian|PH Filipino;Philippine|PL Polish|PT Portuguese|QA Qatari|RO Romanian|RU Russian|RW Rwandan
SA Saudi|SN Senegalese|RS Serbian|SL Sierra Leonean|SG Singaporean|SK Slovak|SI Slovenian|SO Somali|ZA South African
SS South Sudanese|ES Spanish|LK Sri Lankan|SD Sudanese|SE Swedish|CH Swiss|SY Syrian|TW Taiwanese|TJ Tajik|TZ Tanzanian
TH Thai|TG Togolese|TT Trinidadian|TN Tunisian|TR Turkish|TM Turkmen|UG Ugandan|UA Ukrainian|AE Emirati|GB British
US American|UY Uruguayan|UZ Uzbek|VE Venezuelan|VN Vietnamese|YE Yemeni|ZM Zambian|ZW Zimbabwean'''

# Short forms in common use that ISO 3166-1 does not list (general knowledge).
SHORT_FORMS = {'RU': ['Russia'], 'GB': ['Britain', 'Great Britain', 'UK', 'U.K.'], 'US': ['US', 'U.S.', 'USA', 'America'],
               'CD': ['DR Congo', 'Democratic Republic of the Congo'], 'CG': ['Republic of the Congo'],
               'NL': ['Holland'], 'MM': ['Burma'], 'CI': ["Ivory Coast"], 'TR': ['Turkey'], 'VA': ['Vatican'],
               'AE': ['UAE'], 'KR': ['Korea']}


def table(text):
    out = {}
    for item in ' '.join(text.split('\n')).split('|'):
        code, names = item.strip().split(' ', 1)
        out[code] = [n.strip() for n in names.split(';')]
    return out


def main():
    countries = json.load(open(ISO, encoding='utf-8'))['3166-1']
    names = {}
    for c in countries:
        forms = []
        for key in ('common_name', 'name', 'official_name'):
            # "Korea, Republic of" is an index form, never how a text names the country.
            if c.get(key) and ', ' not in c[key] and c[key] not in forms:
                forms.append(c[key])
        names[c['alpha_2']] = forms + SHORT_FORMS.get(c['alpha_2'], [])
    capitals, demonyms = table(CAPITALS), table(DEMONYMS)
    missing = sorted((set(capitals) | set(demonyms)) - set(names))
    if missing:
        sys.exit('codes not in ISO 3166-1: ' + ' '.join(missing))
    head = ('# {what}, one a line: {fmt}.\n# Generated by tools/make-gazetteer.py from {src}.\n'
            '# Do not edit by hand; change the script and run it again.\n')
    src_iso = 'Debian iso-codes (ISO 3166-1: name, common_name, official_name)'
    with open(os.path.join(OUT, 'countries.txt'), 'w', encoding='utf-8') as f:
        f.write(head.format(what='Country names', fmt='the name, then " ; " and its ISO 3166-1 alpha-2 code',
                            src=src_iso))
        for code in sorted(names):
            for n in names[code]:
                f.write(f'{n} ; {code}\n')
    with open(os.path.join(OUT, 'capitals.txt'), 'w', encoding='utf-8') as f:
        f.write(head.format(what='Capital cities (seats of government)', fmt='the city, then " ; " and the alpha-2 code of its country',
                            src='general knowledge (codes checked against ' + src_iso + ')'))
        for code in sorted(capitals):
            for n in capitals[code]:
                f.write(f'{n} ; {code}\n')
    with open(os.path.join(OUT, 'demonyms.txt'), 'w', encoding='utf-8') as f:
        f.write(head.format(what='Demonyms (adjectives of nationality)', fmt='the adjective, then " ; " and the alpha-2 code of the country',
                            src='general knowledge (codes checked against ' + src_iso + ')'))
        for code in sorted(demonyms):
            for n in demonyms[code]:
                f.write(f'{n} ; {code}\n')

    regions = []
    for r in json.load(open(ISO_SUBDIVISIONS, encoding='utf-8'))['3166-2']:
        # Only top-level ones of the listed types; "Virgin Islands, U.S." is an index form.
        if 'parent' in r or r['type'] not in REGION_TYPES or ', ' in r['name'] or '(' in r['name']:
            continue
        regions.append((r['name'], r['code'].split('-')[0]))
    with open(os.path.join(OUT, 'regions.txt'), 'w', encoding='utf-8') as f:
        f.write(head.format(what='First-level subdivisions of countries (states, provinces, regions)',
                            fmt='the name, then " ; " and the alpha-2 code of its country',
                            src='Debian iso-codes (ISO 3166-2: name and type of entries without a parent)'))
        for name, code in sorted(set(regions), key=lambda x: (x[1], x[0])):
            f.write(f'{name} ; {code}\n')


if __name__ == '__main__':
    main()
