import type { RuleSpec } from '../rule';

/** Spanish imminent: acts in progress, means at hand, plans, farewells, places. */
const MEANS_ES = String.raw`(?:pistola|arma|rifle|escopeta|navaja|cuchilla|gillette|cuchillo|soga|cuerda|pastillas|pildoras|veneno|cinturon|cable|revolver|fusca|cuete|filero)`;

export const ES_IMMINENT: readonly RuleSpec[] = [
  {
    id: 'es.imminent.en-curso',
    lang: 'es', tier: 'imminent', kind: 'imminent',
    patterns: [
      String.raw`\b(?:me\sestoy|estoy)\s(?:tomando|tragando)\s(?:(?:las|todas\slas|el\sfrasco\sde|la\scaja\sde|un\smonton\sde)\s)(?:[a-z]+\s)?(?:pastillas|pildoras|medicinas|pastis)\b(?=[^\n]{0,60}\b(?:ahorita|ahora\smismo|ya|adios|perdon|todas))|\b(?:ahorita|ahora)\smismo\sme\sestoy\s(?:tomando|tragando)\s(?:las|mis|todas\slas)\s(?:[a-z]+\s)?(?:pastillas|pildoras|medicinas|pastis)\b`,
      String.raw`\b(?:me\sestoy|estoy)\s(?:cortando|desangrando|ahorcando)\b(?!\s(?:el\s(?:pelo|cabello|fleco)|las\sunas|la\sbarba|de\srisa))`,
      String.raw`\bme\scorte\s(?:muy\s|demasiado\s)?(?:profundo|hondo)\b|\bno\s(?:para|deja|dejo|paro)\sde\ssangrar\b`,
      String.raw`\b(?:la\s)?(?:soga|cuerda|rope)\s(?:ya\s)?(?:esta\s)?(?:en|colgada\sde|colgada\sen|amarrada\sa|amarrada\sen|atada\sa)\s(?:el|la|un|una)\s(?:arbol|viga|techo|ventilador|barandal|closet|puerta|regadera)\b|\b(?:la\s)?(?:soga|cuerda)\s(?:ya\s)?(?:esta\s)?(?:en|alrededor\sde)\smi\scuello\b|\b(?:la\spistola|el\sarma|el\scanon)\s(?:esta\s)?(?:en\smi\s(?:boca|cabeza|sien)|contra\smi\s(?:cabeza|sien))\b`,
      String.raw`\b(?:estoy|ya\sestoy|aqui\sestoy)\s(?:en|sobre|arriba\sde)\s(?:el|la)\s(?:puente|azotea|techo|orilla|cornisa|barandal|borde|vias)\b(?=[^\n]{0,80}\b(?:saltar|salto|tirar|tirarme|tiro|aventar|aventarme|lanzarme|lanzar|brincar|hacerlo|acabar|matarme|adios|ultima\svez|ya\sme\s[bv]oy|perdon))`,
    ],
  },
  {
    id: 'es.imminent.medios-a-mano',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'open',
    patterns: [
      String.raw`\b(?:tengo|estoy\scon|agarre|sostengo|cargue|traigo)\s(?:(?:la|el|una|un|mi|las|los|mis|todas\slas)\s)?(?:[a-z]+\s)?${MEANS_ES}\b(?=[^\n]{0,80}\b(?:cargad[oa]|en\sla\smano|en\smis\smanos|en\sla\sboca|en\sla\scabeza|en\sel\scuello|ahora|ahorita|listas?|list[oa]|contadas|esta\snoche|hoy|frente\sa\smi|lo\svoy\sa\shacer|[bv]oy\sa|me\s[bv]oy\sa|para\s(?:matarme|acabar|hacerlo)|aqui\sal\slado|al\slado|junto\sa\smi|se\sacaba))|\b(?:estoy\s(?:tomando|borrach[oa]|pedo|bien\spedo)|he\sestado\stomando)\b[^\n]{0,40}\b(?:tengo|traigo)\s(?:(?:la|el|mi)\s)?${MEANS_ES}\b`,
      String.raw`\b(?:(?:la|las|el|mi|mis)\s)?(?:${MEANS_ES}|rope|gun|pills)\s(?:ya\s)?(?:esta|estan)\s(?:cargad[oa]|list[oa]s?|en\smi\smano|frente\sa\smi|contadas|preparad[oa]s?|colgada|amarrada)\b|\b(?:ya\s)?tengo\s(?:las|mis)\s(?:pastillas|pildoras)\s(?:contadas|listas|separadas|juntas)\b`,
    ],
  },
  {
    id: 'es.imminent.plan',
    lang: 'es', tier: 'imminent', kind: 'imminent',
    patterns: [
      String.raw`\b(?:tengo|ya\stengo|hice|tengo\stodo|ya\shice|tenia|tuve)\s(?:un|el|mi)\s(?:[a-z]+\s)?(?<core>plan|metodo)\b(?:(?=\s(?:para\s(?:matarme|suicidarme|quitarme|morir(?:me)?|acabar|hacerlo|terminar)|y\s(?:ya\s)?(?:tengo|los\smedios|las\spastillas|la\spistola|la\ssoga|la\scuerda|todo|la\sfecha|las\scosas)))|(?=\s*(?:[.!?,;:]|$)))`,
      String.raw`\b(?:investigue|busque|buscando|investigando|googlee|vi\svideos\sde)\s(?:(?:en\sinternet|en\sgoogle)\s)?(?:como\s(?:matarme|suicidarme|quitarme\sla\svida|ahorcarme|morir\ssin\sdolor|hacer\sun\snudo)|formas\sde\s(?:morir|matarme|suicidarme)|cuantas\spastillas)\b`,
      String.raw`\bcuantas\s(?:[a-z]+\s){1,2}?(?:(?:se\s)?necesitan|necesito|hacen\sfalta|son|tendria\sque\stomar(?:me)?)\spara\s(?:morir|matarme|no\sdespertar|una\ssobredosis|matar\sa\suna\spersona)\b`,
    ],
  },
  {
    id: 'es.imminent.despedida',
    lang: 'es', tier: 'imminent', kind: 'imminent',
    patterns: [
      String.raw`\b(?:adios|hasta\snunca|me\sdespido)\s(?:a\stodos|para\ssiempre|mundo|de\stodos|de\sustedes|familia|mundo\scruel)\b`,
      String.raw`\besta\ses\smi\s(?:despedida|ultimo\smensaje|ultima\scarta|ultima\svez)\b|\b(?:mi\s)?ultimo\smensaje\b(?=[^.!?\n]{0,40}\b(?:adios|perdon|los\squiero|me\svoy))`,
      String.raw`\b(?:escribi|deje|estoy\sescribiendo|ya\sescribi|termine)\s(?:(?:una|mi|las|unas|mis)\s)?(?:cartas?|notas?|mensajes?)\s(?:de\sdespedida|para\s(?:mis\shijos|mi\sfamilia|todos|mi\sesposa|mi\sesposo|mi\smama|mis\spapas|mis\spadres))\b|\bcarta\sde\s(?:despedida|suicidio)\b`,
      String.raw`\bya\sno\s(?:me\s)?(?:van|vas|volveran|volveras)\sa\s(?:ver|saber\sde\smi)\b|\b(?:manana|para\smanana)\sya\sno\s(?:voy\sa\s)?(?:estar|estare|estoy)\b|\bno\svoy\sa\sestar\s(?:aqui\s)?(?:manana|para\s(?:cuando|manana))\b`,
      String.raw`\bcuiden\s(?:a|de)\s(?:mis\shijos|mi\sfamilia|mi\sperro|mi\smama|mis\sninos)\b|\bperdonenme\s(?:por\stodo|todos)\b|\bperdon\spor\stodo\b(?=[^\n]{0,60}\b(?:adios|los\squiero|cuiden|me\svoy))|\bregale\s(?:todas\s)?(?:mis\scosas|todo\slo\sque\stengo)\b|\bnos\svemos\sen\s(?:el\scielo|la\sotra\svida|el\smas\salla|otra\svida)\b`,
    ],
  },
  {
    id: 'es.imminent.lo-voy-a-hacer',
    lang: 'es', tier: 'imminent', kind: 'imminent', needsContext: true,
    patterns: [
      String.raw`\b(?:lo\svoy\sa\shacer|voy\sa\shacerlo|lo\shago|lo\share)\s(?:hoy|esta\snoche|ahora|ahorita|manana|ya)\b|\bya\slo\sdecidi\b|\bya\s(?:lo\s)?(?:tengo\stodo|esta\stodo)\s(?:listo|preparado|planeado|decidido)\b(?!\s(?:para\s(?:la|el|mi)\s(?:cita|consulta|viaje|sesion|tratamiento)))|\b(?:hoy|esta\snoche)\ses\sla\snoche\b|\bhoy\ses\sel\sdia\b|\bya\s(?:elegi|escogi)\s(?:el\sdia|la\sfecha)\b`,
    ],
  },
];
