import { findingsInText } from './lib/finders';
console.log(findingsInText('Pour ne plus recevoir nos offres, envoyez STOP au 36179 (SMS non surtaxé).', 'FR', { lang: 'fr' }).filter(f=>f.kind==='carrier'));
console.log(findingsInText('T-Mobile Magenta MAX includes 5 GB of high-speed data in Mexico and Canada.', 'US', { lang: 'en' }).filter(f=>f.kind==='carrier'));
