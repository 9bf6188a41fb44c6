/**
 * UN Member States and Observer States by ISO 3166-1 alpha-2 code, with the
 * canonical name used in `organisations`: the UN short name, without a
 * parenthetical qualifier ("Iran", "Bolivia", "Netherlands") and with "United
 * Kingdom" and "United States" for the two long ones. Names in the other UN
 * languages come from i18n-iso-countries; `stateAliases` adds the common
 * English forms and acronyms it lacks.
 */
export const stateNames: Record<string, string> = {
  AF: 'Afghanistan', AL: 'Albania', DZ: 'Algeria', AD: 'Andorra', AO: 'Angola', AG: 'Antigua and Barbuda',
  AR: 'Argentina', AM: 'Armenia', AU: 'Australia', AT: 'Austria', AZ: 'Azerbaijan', BS: 'Bahamas', BH: 'Bahrain',
  BD: 'Bangladesh', BB: 'Barbados', BY: 'Belarus', BE: 'Belgium', BZ: 'Belize', BJ: 'Benin', BT: 'Bhutan',
  BO: 'Bolivia', BA: 'Bosnia and Herzegovina', BW: 'Botswana', BR: 'Brazil', BN: 'Brunei Darussalam', BG: 'Bulgaria',
  BF: 'Burkina Faso', BI: 'Burundi', CV: 'Cabo Verde', KH: 'Cambodia', CM: 'Cameroon', CA: 'Canada',
  CF: 'Central African Republic', TD: 'Chad', CL: 'Chile', CN: 'China', CO: 'Colombia', KM: 'Comoros', CG: 'Congo',
  CR: 'Costa Rica', CI: "Côte d'Ivoire", HR: 'Croatia', CU: 'Cuba', CY: 'Cyprus', CZ: 'Czechia',
  KP: "Democratic People's Republic of Korea", CD: 'Democratic Republic of the Congo', DK: 'Denmark', DJ: 'Djibouti',
  DM: 'Dominica', DO: 'Dominican Republic', EC: 'Ecuador', EG: 'Egypt', SV: 'El Salvador', GQ: 'Equatorial Guinea',
  ER: 'Eritrea', EE: 'Estonia', SZ: 'Eswatini', ET: 'Ethiopia', FJ: 'Fiji', FI: 'Finland', FR: 'France', GA: 'Gabon',
  GM: 'Gambia', GE: 'Georgia', DE: 'Germany', GH: 'Ghana', GR: 'Greece', GD: 'Grenada', GT: 'Guatemala', GN: 'Guinea',
  GW: 'Guinea-Bissau', GY: 'Guyana', HT: 'Haiti', HN: 'Honduras', HU: 'Hungary', IS: 'Iceland', IN: 'India',
  ID: 'Indonesia', IR: 'Iran', IQ: 'Iraq', IE: 'Ireland', IL: 'Israel', IT: 'Italy', JM: 'Jamaica', JP: 'Japan',
  JO: 'Jordan', KZ: 'Kazakhstan', KE: 'Kenya', KI: 'Kiribati', KW: 'Kuwait', KG: 'Kyrgyzstan',
  LA: "Lao People's Democratic Republic", LV: 'Latvia', LB: 'Lebanon', LS: 'Lesotho', LR: 'Liberia', LY: 'Libya',
  LI: 'Liechtenstein', LT: 'Lithuania', LU: 'Luxembourg', MG: 'Madagascar', MW: 'Malawi', MY: 'Malaysia',
  MV: 'Maldives', ML: 'Mali', MT: 'Malta', MH: 'Marshall Islands', MR: 'Mauritania', MU: 'Mauritius', MX: 'Mexico',
  FM: 'Micronesia', MC: 'Monaco', MN: 'Mongolia', ME: 'Montenegro', MA: 'Morocco', MZ: 'Mozambique', MM: 'Myanmar',
  NA: 'Namibia', NR: 'Nauru', NP: 'Nepal', NL: 'Netherlands', NZ: 'New Zealand', NI: 'Nicaragua', NE: 'Niger',
  NG: 'Nigeria', MK: 'North Macedonia', NO: 'Norway', OM: 'Oman', PK: 'Pakistan', PW: 'Palau', PA: 'Panama',
  PG: 'Papua New Guinea', PY: 'Paraguay', PE: 'Peru', PH: 'Philippines', PL: 'Poland', PT: 'Portugal', QA: 'Qatar',
  KR: 'Republic of Korea', MD: 'Republic of Moldova', RO: 'Romania', RU: 'Russian Federation', RW: 'Rwanda',
  KN: 'Saint Kitts and Nevis', LC: 'Saint Lucia', VC: 'Saint Vincent and the Grenadines', WS: 'Samoa',
  SM: 'San Marino', ST: 'Sao Tome and Principe', SA: 'Saudi Arabia', SN: 'Senegal', RS: 'Serbia', SC: 'Seychelles',
  SL: 'Sierra Leone', SG: 'Singapore', SK: 'Slovakia', SI: 'Slovenia', SB: 'Solomon Islands', SO: 'Somalia',
  ZA: 'South Africa', SS: 'South Sudan', ES: 'Spain', LK: 'Sri Lanka', SD: 'Sudan', SR: 'Suriname', SE: 'Sweden',
  CH: 'Switzerland', SY: 'Syrian Arab Republic', TJ: 'Tajikistan', TH: 'Thailand', TL: 'Timor-Leste', TG: 'Togo',
  TO: 'Tonga', TT: 'Trinidad and Tobago', TN: 'Tunisia', TR: 'Türkiye', TM: 'Turkmenistan', TV: 'Tuvalu',
  UG: 'Uganda', UA: 'Ukraine', AE: 'United Arab Emirates', GB: 'United Kingdom', TZ: 'United Republic of Tanzania',
  US: 'United States', UY: 'Uruguay', UZ: 'Uzbekistan', VU: 'Vanuatu', VE: 'Venezuela', VN: 'Viet Nam', YE: 'Yemen',
  ZM: 'Zambia', ZW: 'Zimbabwe',
  // Observer States
  VA: 'Holy See', PS: 'State of Palestine',
}

/** Common names, official forms and acronyms that the locale data lacks. All-capital acronyms match case-sensitively. */
export const stateAliases: Record<string, string[]> = {
  BO: ['Plurinational State of Bolivia', 'Bolivia (Plurinational State of)'],
  BN: ['Brunei'],
  CV: ['Cape Verde'],
  CD: ['DRC', 'DR Congo', 'RDC'],
  CG: ['Republic of the Congo'],
  CI: ['Ivory Coast', "Cote d'Ivoire"],
  CZ: ['Czech Republic'],
  FM: ['Federated States of Micronesia', 'Micronesia (Federated States of)'],
  GB: ['United Kingdom of Great Britain and Northern Ireland', 'Great Britain', 'UK', 'Britain'],
  IR: ['Islamic Republic of Iran', 'Iran (Islamic Republic of)'],
  KP: ['DPRK', 'North Korea'],
  KR: ['South Korea', 'ROK'],
  LA: ['Laos', 'Lao PDR'],
  MD: ['Moldova'],
  MM: ['Burma'],
  NL: ['Kingdom of the Netherlands', 'Netherlands (Kingdom of the)', 'Pays-Bas'],
  PS: ['Palestine'],
  RU: ['Russia'],
  SY: ['Syria'],
  SZ: ['Swaziland'],
  TL: ['East Timor'],
  TR: ['Turkey', 'Turkiye'],
  TZ: ['Tanzania'],
  US: ['United States of America', 'USA', 'US', 'U.S.', 'U.S.A.'],
  VA: ['Vatican', 'Saint-Siège', 'Santa Sede', 'Святой Престол', 'الكرسي الرسولي', '罗马教廷'],
  VE: ['Bolivarian Republic of Venezuela', 'Venezuela (Bolivarian Republic of)'],
  VN: ['Vietnam'],
  AE: ['UAE'],
  FR: ['République française'],
  CH: ['Confédération suisse', 'Swiss Confederation'],
  CN: ["People's Republic of China", '中华人民共和国'],
}
