/**
 * Countries: one line each, `Name;demonyms;capital;aliases` (lists comma-separated, fields may be empty).
 *
 * Compact on purpose (a later issue may replace it with a package). Covers UN members, observers and a
 * few widely reported territories; demonyms are the adjective/people forms used in news copy.
 */
export const COUNTRIES = `
Afghanistan;Afghan,Afghans;Kabul;
Albania;Albanian,Albanians;Tirana;
Algeria;Algerian,Algerians;Algiers;
Andorra;Andorran;Andorra la Vella;
Angola;Angolan,Angolans;Luanda;
Antigua and Barbuda;Antiguan;Saint John's;
Argentina;Argentine,Argentinian,Argentines;Buenos Aires;
Armenia;Armenian,Armenians;Yerevan;
Australia;Australian,Australians;Canberra;
Austria;Austrian,Austrians;Vienna;
Azerbaijan;Azerbaijani,Azerbaijanis,Azeri;Baku;
Bahamas;Bahamian;Nassau;The Bahamas
Bahrain;Bahraini,Bahrainis;Manama;
Bangladesh;Bangladeshi,Bangladeshis;Dhaka;
Barbados;Barbadian;Bridgetown;
Belarus;Belarusian,Belarusians;Minsk;
Belgium;Belgian,Belgians;Brussels;
Belize;Belizean;Belmopan;
Benin;Beninese;Porto-Novo;
Bhutan;Bhutanese;Thimphu;
Bolivia;Bolivian,Bolivians;Sucre;La Paz
Bosnia and Herzegovina;Bosnian,Bosnians;Sarajevo;Bosnia
Botswana;Botswanan,Motswana;Gaborone;
Brazil;Brazilian,Brazilians;Brasilia;Brasília
Brunei;Bruneian;Bandar Seri Begawan;
Bulgaria;Bulgarian,Bulgarians;Sofia;
Burkina Faso;Burkinabe;Ouagadougou;
Burundi;Burundian;Gitega;
Cambodia;Cambodian,Cambodians;Phnom Penh;
Cameroon;Cameroonian,Cameroonians;Yaounde;Yaoundé
Canada;Canadian,Canadians;Ottawa;
Cape Verde;Cape Verdean;Praia;Cabo Verde
Central African Republic;Central African;Bangui;CAR
Chad;Chadian,Chadians;N'Djamena;
Chile;Chilean,Chileans;Santiago;
China;Chinese;Beijing;PRC,People's Republic of China
Colombia;Colombian,Colombians;Bogota;Bogotá
Comoros;Comorian;Moroni;
Congo;Congolese;Brazzaville;Republic of the Congo
Democratic Republic of the Congo;Congolese;Kinshasa;DRC,DR Congo
Costa Rica;Costa Rican;San Jose;San José
Croatia;Croatian,Croatians,Croat,Croats;Zagreb;
Cuba;Cuban,Cubans;Havana;
Cyprus;Cypriot,Cypriots;Nicosia;
Czech Republic;Czech,Czechs;Prague;Czechia
Denmark;Danish,Dane,Danes;Copenhagen;
Djibouti;Djiboutian;Djibouti City;
Dominica;Dominican;Roseau;
Dominican Republic;Dominican,Dominicans;Santo Domingo;
East Timor;Timorese;Dili;Timor-Leste
Ecuador;Ecuadorian,Ecuadorians;Quito;
Egypt;Egyptian,Egyptians;Cairo;
El Salvador;Salvadoran,Salvadorans;San Salvador;
Equatorial Guinea;Equatoguinean;Malabo;
Eritrea;Eritrean,Eritreans;Asmara;
Estonia;Estonian,Estonians;Tallinn;
Eswatini;Swazi;Mbabane;Swaziland
Ethiopia;Ethiopian,Ethiopians;Addis Ababa;
Fiji;Fijian,Fijians;Suva;
Finland;Finnish,Finn,Finns;Helsinki;
France;French;Paris;
Gabon;Gabonese;Libreville;
Gambia;Gambian,Gambians;Banjul;The Gambia
Georgia;Georgian,Georgians;Tbilisi;
Germany;German,Germans;Berlin;
Ghana;Ghanaian,Ghanaians;Accra;
Greece;Greek,Greeks;Athens;
Grenada;Grenadian;St. George's;
Guatemala;Guatemalan,Guatemalans;Guatemala City;
Guinea;Guinean,Guineans;Conakry;
Guinea-Bissau;Bissau-Guinean;Bissau;
Guyana;Guyanese;Georgetown;
Haiti;Haitian,Haitians;Port-au-Prince;
Honduras;Honduran,Hondurans;Tegucigalpa;
Hungary;Hungarian,Hungarians;Budapest;
Iceland;Icelandic,Icelander,Icelanders;Reykjavik;Reykjavík
India;Indian,Indians;New Delhi;
Indonesia;Indonesian,Indonesians;Jakarta;
Iran;Iranian,Iranians;Tehran;
Iraq;Iraqi,Iraqis;Baghdad;
Ireland;Irish;Dublin;
Israel;Israeli,Israelis;Jerusalem;
Italy;Italian,Italians;Rome;
Ivory Coast;Ivorian,Ivorians;Yamoussoukro;Cote d'Ivoire,Côte d'Ivoire
Jamaica;Jamaican,Jamaicans;Kingston;
Japan;Japanese;Tokyo;
Jordan;Jordanian,Jordanians;Amman;
Kazakhstan;Kazakh,Kazakhs,Kazakhstani;Astana;
Kenya;Kenyan,Kenyans;Nairobi;
Kiribati;I-Kiribati;Tarawa;
Kosovo;Kosovar,Kosovars;Pristina;
Kuwait;Kuwaiti,Kuwaitis;Kuwait City;
Kyrgyzstan;Kyrgyz;Bishkek;
Laos;Lao,Laotian;Vientiane;
Latvia;Latvian,Latvians;Riga;
Lebanon;Lebanese;Beirut;
Lesotho;Basotho;Maseru;
Liberia;Liberian,Liberians;Monrovia;
Libya;Libyan,Libyans;Tripoli;
Liechtenstein;Liechtensteiner;Vaduz;
Lithuania;Lithuanian,Lithuanians;Vilnius;
Luxembourg;Luxembourgish,Luxembourger;Luxembourg City;
Madagascar;Malagasy;Antananarivo;
Malawi;Malawian,Malawians;Lilongwe;
Malaysia;Malaysian,Malaysians;Kuala Lumpur;
Maldives;Maldivian;Malé;
Mali;Malian,Malians;Bamako;
Malta;Maltese;Valletta;
Marshall Islands;Marshallese;Majuro;
Mauritania;Mauritanian,Mauritanians;Nouakchott;
Mauritius;Mauritian;Port Louis;
Mexico;Mexican,Mexicans;Mexico City;
Micronesia;Micronesian;Palikir;
Moldova;Moldovan,Moldovans;Chisinau;Chișinău
Monaco;Monegasque;Monaco;
Mongolia;Mongolian,Mongolians;Ulaanbaatar;
Montenegro;Montenegrin;Podgorica;
Morocco;Moroccan,Moroccans;Rabat;
Mozambique;Mozambican;Maputo;
Myanmar;Burmese;Naypyidaw;Burma
Namibia;Namibian,Namibians;Windhoek;
Nauru;Nauruan;Yaren;
Nepal;Nepali,Nepalese;Kathmandu;
Netherlands;Dutch;Amsterdam;Holland,The Netherlands
New Zealand;New Zealander,New Zealanders;Wellington;
Nicaragua;Nicaraguan,Nicaraguans;Managua;
Niger;Nigerien;Niamey;
Nigeria;Nigerian,Nigerians;Abuja;
North Korea;North Korean,North Koreans;Pyongyang;DPRK
North Macedonia;Macedonian,Macedonians;Skopje;Macedonia
Norway;Norwegian,Norwegians;Oslo;
Oman;Omani,Omanis;Muscat;
Pakistan;Pakistani,Pakistanis;Islamabad;
Palau;Palauan;Ngerulmud;
Palestine;Palestinian,Palestinians;Ramallah;Palestinian Territories
Panama;Panamanian,Panamanians;Panama City;
Papua New Guinea;Papua New Guinean;Port Moresby;PNG
Paraguay;Paraguayan,Paraguayans;Asuncion;Asunción
Peru;Peruvian,Peruvians;Lima;
Philippines;Filipino,Filipinos,Philippine;Manila;The Philippines
Poland;Polish,Pole,Poles;Warsaw;
Portugal;Portuguese;Lisbon;
Qatar;Qatari,Qataris;Doha;
Romania;Romanian,Romanians;Bucharest;
Russia;Russian,Russians;Moscow;Russian Federation
Rwanda;Rwandan,Rwandans;Kigali;
Saint Kitts and Nevis;Kittitian;Basseterre;
Saint Lucia;Saint Lucian;Castries;
Saint Vincent and the Grenadines;Vincentian;Kingstown;
Samoa;Samoan,Samoans;Apia;
San Marino;Sammarinese;San Marino;
Sao Tome and Principe;Santomean;Sao Tome;São Tomé and Príncipe
Saudi Arabia;Saudi,Saudis;Riyadh;
Senegal;Senegalese;Dakar;
Serbia;Serbian,Serbians,Serb,Serbs;Belgrade;
Seychelles;Seychellois;;
Sierra Leone;Sierra Leonean;Freetown;
Singapore;Singaporean,Singaporeans;Singapore;
Slovakia;Slovak,Slovaks;Bratislava;
Slovenia;Slovenian,Slovene,Slovenians;Ljubljana;
Solomon Islands;Solomon Islander;Honiara;
Somalia;Somali,Somalis;Mogadishu;
South Africa;South African,South Africans;Pretoria;
South Korea;South Korean,South Koreans;Seoul;Korea,Republic of Korea
South Sudan;South Sudanese;Juba;
Spain;Spanish,Spaniard,Spaniards;Madrid;
Sri Lanka;Sri Lankan,Sri Lankans;Colombo;
Sudan;Sudanese;Khartoum;
Suriname;Surinamese;Paramaribo;
Sweden;Swedish,Swede,Swedes;Stockholm;
Switzerland;Swiss;Bern;
Syria;Syrian,Syrians;Damascus;
Taiwan;Taiwanese;Taipei;
Tajikistan;Tajik,Tajiks;Dushanbe;
Tanzania;Tanzanian,Tanzanians;Dodoma;
Thailand;Thai,Thais;Bangkok;
Togo;Togolese;Lome;Lomé
Tonga;Tongan;Nuku'alofa;
Trinidad and Tobago;Trinidadian;Port of Spain;
Tunisia;Tunisian,Tunisians;Tunis;
Turkey;Turkish,Turk,Turks;Ankara;Turkiye,Türkiye
Turkmenistan;Turkmen;Ashgabat;
Tuvalu;Tuvaluan;Funafuti;
Uganda;Ugandan,Ugandans;Kampala;
Ukraine;Ukrainian,Ukrainians;Kyiv;Kiev
United Arab Emirates;Emirati,Emiratis;Abu Dhabi;UAE,U.A.E.
United Kingdom;British,Briton,Britons;London;UK,U.K.,Britain,Great Britain
United States;American,Americans;Washington;US,U.S.,USA,U.S.A.,America,United States of America
Uruguay;Uruguayan,Uruguayans;Montevideo;
Uzbekistan;Uzbek,Uzbeks;Tashkent;
Vanuatu;Ni-Vanuatu;Port Vila;
Vatican City;Vatican;Vatican City;Holy See
Venezuela;Venezuelan,Venezuelans;Caracas;
Vietnam;Vietnamese;Hanoi;Viet Nam
Yemen;Yemeni,Yemenis;Sanaa;Sana'a
Zambia;Zambian,Zambians;Lusaka;
Zimbabwe;Zimbabwean,Zimbabweans;Harare;
Greenland;Greenlandic;Nuuk;
Hong Kong;;Hong Kong;
Puerto Rico;Puerto Rican,Puerto Ricans;San Juan;
Western Sahara;Sahrawi;Laayoune;
Gaza;Gazan,Gazans;Gaza City;Gaza Strip
West Bank;;;
Crimea;Crimean;Simferopol;
Kashmir;Kashmiri,Kashmiris;Srinagar;
Kurdistan;Kurdish,Kurd,Kurds;Erbil;Iraqi Kurdistan
Chechnya;Chechen,Chechens;Grozny;
`;

/** Continents and large regions named in news copy (kind `place`, method `gazetteer:region`). */
export const REGIONS = [
  'Africa',
  'Antarctica',
  'Arctic',
  'Asia',
  'Europe',
  'Eurasia',
  'North America',
  'South America',
  'Latin America',
  'Central America',
  'Oceania',
  'Middle East',
  'Near East',
  'Far East',
  'Balkans',
  'Caucasus',
  'Scandinavia',
  'Sahel',
  'Maghreb',
  'Caribbean',
  'Mediterranean',
  'Pacific',
  'Atlantic',
  'Indian Ocean',
  'Persian Gulf',
  'Gulf',
  'Black Sea',
  'Red Sea',
  'Baltic',
  'Horn of Africa',
  'Central Asia',
  'South Asia',
  'Southeast Asia',
  'East Asia',
  'West Africa',
  'East Africa',
  'Eastern Europe',
  'Western Europe',
  'Global South',
  'West',
];

/** Major non-capital cities (kind `place`, method `gazetteer:city`). */
export const CITIES = [
  'New York',
  'Los Angeles',
  'Chicago',
  'Houston',
  'San Francisco',
  'Boston',
  'Miami',
  'Seattle',
  'Toronto',
  'Montreal',
  'Vancouver',
  'Sao Paulo',
  'São Paulo',
  'Rio de Janeiro',
  'Istanbul',
  'St. Petersburg',
  'Saint Petersburg',
  'Novosibirsk',
  'Kazan',
  'Vladivostok',
  'Yekaterinburg',
  'Shanghai',
  'Hong Kong',
  'Shenzhen',
  'Guangzhou',
  'Wuhan',
  'Mumbai',
  'Kolkata',
  'Chennai',
  'Bangalore',
  'Karachi',
  'Lahore',
  'Peshawar',
  'Quetta',
  'Kandahar',
  'Herat',
  'Mazar-i-Sharif',
  'Jalalabad',
  'Osaka',
  'Dubai',
  'Jeddah',
  'Mecca',
  'Medina',
  'Alexandria',
  'Aleppo',
  'Homs',
  'Mosul',
  'Basra',
  'Lagos',
  'Johannesburg',
  'Cape Town',
  'Durban',
  'Casablanca',
  'Marrakesh',
  'Benghazi',
  'Kharkiv',
  'Odesa',
  'Odessa',
  'Lviv',
  'Donetsk',
  'Luhansk',
  'Mariupol',
  'Sevastopol',
  'Munich',
  'Hamburg',
  'Frankfurt',
  'Milan',
  'Naples',
  'Barcelona',
  'Marseille',
  'Lyon',
  'Geneva',
  'Zurich',
  'Davos',
  'The Hague',
  'Rotterdam',
  'Manchester',
  'Birmingham',
  'Glasgow',
  'Edinburgh',
  'Belfast',
  'Sydney',
  'Melbourne',
  'Auckland',
  'Ho Chi Minh City',
  'Tel Aviv',
  'Haifa',
  'Samarkand',
  'Almaty',
  'Tabriz',
  'Mashhad',
  'Isfahan',
  'Kabul',
  'Strasbourg',
  'Brussels',
];
