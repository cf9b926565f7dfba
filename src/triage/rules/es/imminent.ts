import type { RuleSpec } from '../rule';
import { NOT_FOR_AN_ERRAND } from './lexicon';

/** Spanish imminent: acts in progress, means at hand, plans, farewells, places. */
const MEANS_ES = String.raw`(?:pistola|arma|rifle|escopeta|navajas?|cuchillas?|gillette|cuchillo|soga|cuerda|pastillas|pildoras|veneno|cinturon|cable|revolver|fusca|cuete|filero)`;

export const ES_IMMINENT: readonly RuleSpec[] = [
  {
    id: 'es.imminent.en-curso',
    lang: 'es', tier: 'imminent', kind: 'imminent',
    patterns: [
      String.raw`\b(?:me\sestoy|estoy)\s(?:tomando|tragando)\s(?:(?:las|todas\slas|el\sfrasco\sde|la\scaja\sde|un\smonton\sde)\s)(?:[a-z]+\s)?(?:pastillas|pildoras|medicinas|pastis)\b(?=[^\n]{0,60}\b(?:ahorita|ahora\smismo|ya\s(?:van|voy\sen|llevo)|adios|perdon|todas))|\b(?:ahorita|ahora)\smismo\sme\sestoy\s(?:tomando|tragando)\s(?:las|mis|todas\slas)\s(?:[a-z]+\s)?(?:pastillas|pildoras|medicinas|pastis)\b`,
      // "estoy tomándome las pastillas una por una", "me las estoy tragando todas", "ando metiéndome todo el frasco"
      String.raw`\b(?:me\sestoy|estoy|ando|sigo|ya\sestoy)\s(?:tomandome|tragandome|metiendome|inyectandome|tomando|tragando|inyectando)\s(?:(?:las|mis|todas\slas|toda\sla|todo\sel|el|la|un|una|el\sfrasco\sde|la\scaja\sde|un\smonton\sde|unas|varias)\s)(?:[a-z]+\s){0,2}?(?:pastillas|pildoras|medicinas|pastis|tabletas|capsulas|insulina|calmantes|somniferos|frasco|bote|blister)\b(?=[^\n]{0,60}\b(?:una\spor\suna|de\suna\sen\suna|de\sdos\sen\sdos|mientras\s(?:te|les|le)\s(?:escribo|hablo)|adios|perdon|todas|todo\sel\s(?:frasco|bote)|de\sgolpe|de\sun\sjalon|ya\svan|para\s(?:no\sdespertar|morir|matarme|acabar)))|\bme\s(?:las|los)\s(?:estoy|ando|sigo)\s(?:tomando|tragando)\s(?:todas?|todos?|una\spor\suna|de\sun\sjalon|de\sgolpe)\b`,
      String.raw`\b(?:me\sestoy|estoy)\s(?:cortando|desangrando|ahorcando)\b(?!\s(?:el\s(?:pelo|cabello|fleco)|las\sunas|la\sbarba|de\srisa))`,
      String.raw`\bme\scorte\s(?:muy\s|demasiado\s)?(?:profundo|hondo)\b|\bno\s(?:para|deja|dejo|paro)\sde\ssangrar\b`,
      String.raw`\b(?:la\s)?(?:soga|cuerda|rope)\s(?:ya\s)?(?:esta\s)?(?:en|colgada\sde|colgada\sen|amarrada\sa|amarrada\sen|atada\sa)\s(?:el|la|un|una)\s(?:arbol|viga|techo|ventilador|barandal|closet|puerta|regadera)\b|\b(?:la\s)?(?:soga|cuerda)\s(?:ya\s)?(?:esta\s)?(?:en|alrededor\sde)\smi\scuello\b|\b(?:la\spistola|el\sarma|el\scanon)\s(?:esta\s)?(?:en\smi\s(?:boca|cabeza|sien)|contra\smi\s(?:cabeza|sien))\b`,
      String.raw`\b(?:estoy|ya\sestoy|aqui\sestoy|ando|ya\sando|sigo)\s(?:(?:parad[oa]|sentad[oa]|trepad[oa]|subid[oa]|arriba|asomad[oa]|agarrad[oa])\s)?(?:en|sobre|arriba\sde|en\sla\sorilla\sde|en\sel\sborde\sde|del\slado\sde\sfuera\sde)\s(?:el|la|un|una)\s(?:puente|azotea|techo|orilla|cornisa|barandal|borde|vias|rio|presa|mar|acantilado|barranco|risco|edificio|ultimo\spiso|balcon|ventana)\b(?=[^\n]{0,80}\b(?:saltar|salto|tirar|tirarme|tiro|aventar|aventarme|lanzarme|lanzar|brincar|brinco|hacerlo|lo\shago|acabar|matarme|adios|ultima\svez|ya\sme\s[bv]oy|perdon|juntando\svalor|agarrando\svalor|armandome\sde\svalor|dejar\s(?:llevar|caer)|ahogar(?:me)?|hundir(?:me)?|no\saguanto|se\sacaba|ya\sno\spuedo|no\svoy\sa\s(?:salir|regresar|volver)|(?:son|hay|como)\s[a-z0-9]+\spisos|\d+\spisos|ya\sno\squiero|no\squiero\s(?:pensar|seguir|vivir)))`,
    ],
  },
  {
    id: 'es.imminent.venas',
    lang: 'es', tier: 'active', kind: 'suicide', subject: 'adjacent', pastIsAct: true, escalates: true,
    patterns: [
      // the act told just done: "me corté las venas hace rato", "me rajé la muñeca", "me abrí las venas" (dated: history)
      String.raw`\bme\s(?:corte|raje|abri|cortado|rajado|abierto)\s(?:(?:ya|yo)\s)?(?:las\s(?:venas|munecas)|la\s(?:muneca|vena|yugular|garganta)|el\scuello|mis\s(?:venas|munecas))\b`,
      // still bleeding: "no deja de salirme sangre", "no me para la sangre", "sigo sangrando mucho"
      String.raw`\bno\s(?:(?:me\s)?(?:para|deja|paro|dejo)\sde\s(?:salir(?:me)?|brotar|chorrear)\s(?:la\s)?sangre|(?:me\s)?(?:para|deja\sde\ssalir|se\s(?:detiene|para|corta))\s(?:la\s)?sangre)\b(?<=\b(?:corte|cortado|cortando|cortarme|raje|rajado|venas|vena|muneca|munecas|brazo|cuello|navaja|cuchilla|gillette|cuchillo|filero)\b[^\n]{0,80})`,
    ],
  },
  {
    id: 'es.imminent.en-camino',
    lang: 'es', tier: 'imminent', kind: 'imminent',
    // on the way to a high place or water, with what for: "voy subiendo a la azotea para acabar con esto"
    near: {
      requires: String.raw`\b(?:acabar|terminar|matarme|tirarme|aventarme|lanzarme|botarme|saltar|brincar|hacerlo|lo\shago|adios|despedirme|se\sacaba|no\s(?:voy\sa|pienso)\s(?:volver|regresar|bajar)|ya\sno\saguanto|ultima\svez|no\shay\svuelta|(?:una|la|mi)\s(?:nota|carta)|(?:le|les)\sdeje\s(?:una|la|mi)\s(?:nota|carta))`,
      excludes: String.raw`\b(?:(?:a|por)\s(?:tender|colgar)\s(?:la\s)?ropa|fiesta|carne\sasada|parrillada|a\sver\sel|fotos?|pescar|nadar|arreglar|reparar|antena|tinaco|tanque)\b`,
      before: 90, after: 90,
    },
    patterns: [
      // "voy al estacionamiento del centro, al último piso", "voy a manejar hasta la presa y no voy a regresar"
      String.raw`\b(?:ya\s)?(?:voy|me\svoy|ire)\s(?:(?:a\smanejar|a\sir|a\scaminar|manejando|caminando)\s)?(?:a|al|hasta|para|pa|pal|hacia|rumbo\sa|rumbo\sal)\s(?:(?:la|el|los|las)\s)?(?:[a-z]+,?\s){0,4}?(?:al\s)?(?:ultimo\spiso|azotea|puente|presa|barranca|barranco|acantilado|mirador|vias|risco)\b`,
      String.raw`\b(?:(?:ya\s)?(?:voy|vengo|ando|estoy|me\svoy|me\sestoy)\s(?:subiendo|llegando|caminando|manejando|yendo|saliendo|rumbo|camino|de\scamino|en\scamino)|(?:ya\s)?me\s(?:subi|trepe|asome)|(?:ya\s)?(?:subi|llegue))\s(?:(?:a|al|hacia|para|pa|pal|por|en)\s)?(?:(?:la|el|los|las|un|una|mi|este|ese)\s)?(?:azotea|techo|ultimo\spiso|puente|edificio|terraza|cornisa|vias|presa|rio|malecon|acantilado|barranco|risco|mirador|muelle)\b`,
    ],
  },
  {
    id: 'es.imminent.medios-a-mano',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'open',
    patterns: [
      String.raw`\b(?:tengo|estoy\scon|agarre|sostengo|cargue|traigo)\s(?:(?:la|el|una|un|mi|las|los|mis|todas\slas)\s)?(?:[a-z]+\s)?${MEANS_ES}\b(?=[^\n]{0,80}\b(?:cargad[oa]|en\sla\smano|en\smis\smanos|en\sla\sboca|en\sla\scabeza|en\sel\scuello|ahora|ahorita|listas?|list[oa]|contadas|esta\snoche|hoy|frente\sa\smi|lo\svoy\sa\shacer|[bv]oy\sa|me\s[bv]oy\sa|para\s(?:matarme|acabar|hacerlo)|aqui\sal\slado|al\slado|junto\sa\smi|se\sacaba))|\b(?:estoy\s(?:tomando|borrach[oa]|pedo|bien\spedo)|he\sestado\stomando)\b[^\n]{0,40}\b(?:tengo|traigo)\s(?:(?:la|el|mi)\s)?${MEANS_ES}\b`,
      // "ya estoy en el baño con la navaja, esta vez sí lo hago"
      String.raw`\b(?:estoy|ando|ya\sestoy|aqui\sestoy|me\sencerre)\s(?:(?:en|encerrad[oa]\sen)\s(?:el|la|mi)\s(?:bano|cuarto|recamara|carro|coche|garaje|cochera|azotea|techo|closet|cocina|sala|patio|monte|bosque)\s)?con\s(?:(?:la|el|una|un|mi|mis|las|los|todas\slas)\s)?(?:[a-z]+\s)?(?:${MEANS_ES}|frasco|bote)\b(?=[^\n]{0,80}\b(?:esta\svez|lo\shago|lo\svoy\sa\shacer|hacerlo|adios|perdon|ya\sno\saguanto|no\saguanto|se\sacaba|en\sla\smano|cargad[oa]|hoy|ahorita|ahora|ya\sme\s[bv]oy|matarme|acabar))`,
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
      // "cuántas de mis pastillas para dormir hay que tomar pa no despertar?"
      String.raw`\bcuant[ao]s\s(?:[a-z]+\s){1,8}?(?:hay\sque\s(?:tomar|tragar)(?:se)?|tengo\sque\s(?:tomar|tragar)(?:me)?|me\stengo\sque\s(?:tomar|tragar)|(?:se\s)?ocupan|ocupo|necesit[a-z]+|hacen\sfalta|serian|bastan|bastarian)\s(?:(?:de\sgolpe|juntas|de\suna\svez)\s)?para\s(?:(?:ya\s)?no\s(?:despertar(?:me)?|volver\sa\sdespertar|amanecer)|morir(?:me)?|matarme|que\s(?:me\smuera|uno\sse\smuera|no\sdespierte)|quedarme\sdormid[oa]\spara\ssiempre|una\ssobredosis)\b`,
    ],
  },
  {
    id: 'es.imminent.plan-respuesta',
    lang: 'es', tier: 'imminent', kind: 'imminent', needsContext: true,
    patterns: [
      // a form answered in free text: "plan: sí. pastillas. esta semana", "¿tiene un plan? sí"
      String.raw`\b(?:plan|plan\sconcreto|un\splan|tiene\sun\splan|tienes\sun\splan|tengo\splan)\s?(?:[:=?\-]\s?|,\s)(?:(?:pues|la\sverdad|honestamente)\s?,?\s)?(?:si|sip|simon|yes|claro|obvio|ya\stengo)(?=\s*(?:[.!?,;:]|$)|\s(?:tengo|hay|ya|con|pastillas|la|el|una|un|esta|este)\b)`,
      String.raw`\b(?:en\s)?(?:el\sformulario|la\sforma|el\scuestionario|la\spregunta\sdel\splan|lo\sdel\splan)\s(?:[a-z]+\s){0,3}?(?:puse|marque|conteste|dice|dije)\s(?:que\s)?(?:si|sip)\s(?:a|en)\s(?:lo\sdel|el|la\sdel)\splan\b`,
    ],
  },
  {
    id: 'es.imminent.despedida',
    lang: 'es', tier: 'imminent', kind: 'imminent',
    patterns: [
      String.raw`\b(?:adios|hasta\snunca|me\sdespido)\s(?:a\stodos|para\ssiempre|mundo|de\stodos|de\sustedes|familia|mundo\scruel)\b`,
      String.raw`\besta\ses\smi\s(?:despedida|ultimo\smensaje|ultima\scarta|ultima\svez)\b|\b(?:mi\s)?ultimo\smensaje\b(?=[^.!?\n]{0,40}\b(?:adios|perdon|los\squiero|me\svoy))`,
      String.raw`\b(?:escribi|deje|estoy\sescribiendo|ya\sescribi|termine)\s(?:(?:una|mi|las|unas|mis)\s)?(?:cartas?|notas?|mensajes?)\s(?:de\sdespedida(?![^.!?\n]{0,60}?\b(?:me\s(?:salgo|retiro|jubilo|cambio|mudo|voy\sa\s(?:mudar|cambiar|jubilar|retirar))|porque\sme\svoy\sa\s(?:otro|otra|vivir|trabajar|estudiar))\b)|para\s(?:mis\shijos|mi\sfamilia|todos|mi\sesposa|mi\sesposo|mi\smama|mis\spapas|mis\spadres))\b|\bcarta\sde\s(?:despedida|suicidio)\b(?![^.!?\n]{0,60}?\b(?:me\s(?:salgo|retiro|jubilo|cambio|mudo|voy\sa\s(?:mudar|cambiar|jubilar|retirar))|porque\sme\svoy\sa\s(?:otro|otra|vivir|trabajar|estudiar))\b)`,
      String.raw`\bya\sno\s(?:me\s)?(?:van|vas|volveran|volveras)\sa\s(?:ver|saber\sde\smi)\b(?![^.!?\n]{0,40}?\b(?:por\s(?:aqui|aca|el\s(?:barrio|rancho|trabajo|grupo)|la\s(?:oficina|chamba|escuela|iglesia))|me\s(?:mudo|cambio|regreso|voy\sa\s(?:vivir|mudar|regresar))|de\sviaje|de\svacaciones|en\s(?:el\sgrupo|la\s(?:oficina|iglesia|escuela|junta)))\b)|\b(?:manana|para\smanana)\sya\sno\s(?:voy\sa\s)?(?:estar|estare|estoy)\b(?!\s(?:en\s(?:el|mi|ese|este)\s(?:turno|horario|rol|puesto|trabajo|area|departamento|piso|almacen|mostrador)|en\sla\s(?:oficina|chamba|tienda|planta|fabrica|caja|guardia)|de\s(?:turno|guardia|planta|encargad[oa]|supervisor[a]?)|en\s(?:el\s)?turno|trabajando|en\s(?:la\s)?(?:tarde|manana|noche)\s(?:en|de)\s(?:la|el)\s(?:chamba|trabajo|oficina|tienda|turno)))|\bno\svoy\sa\sestar\s(?:aqui\s)?(?:manana|para\s(?:cuando|manana))\b`,
      String.raw`\bcuiden\s(?:a|de)\s(?:mis\shijos|mi\sfamilia|mi\sperro|mi\smama|mis\sninos)\b|\bperdonenme\s(?:por\stodo|todos)\b|\bperdon\spor\stodo\b(?=[^\n]{0,60}\b(?:adios|los\squiero|cuiden|me\svoy))|\bregale\s(?:todas\s)?(?:mis\scosas|todo\slo\sque\stengo)\b|\bnos\svemos\sen\s(?:el\scielo|la\sotra\svida|el\smas\salla|otra\svida)\b`,
    ],
  },
  {
    id: 'es.imminent.lo-voy-a-hacer',
    lang: 'es', tier: 'imminent', kind: 'imminent', needsContext: true,
    patterns: [
      String.raw`\b(?:lo\svoy\sa\shacer|voy\sa\shacerlo|lo\shago|lo\share)\s(?:hoy|esta\snoche|ahora|ahorita|manana|ya)\b|\bya\slo\sdecidi\b|\bya\s(?:lo\s)?(?:tengo\stodo|esta\stodo)\s(?:listo|preparado|planeado|decidido)\b${NOT_FOR_AN_ERRAND}|\b(?:hoy|esta\snoche)\ses\sla\snoche\b|\bhoy\ses\sel\sdia\b|\bya\s(?:elegi|escogi)\s(?:el\sdia|la\sfecha)\b|\btengo\stodo\s(?:listo|preparado|planeado)\s(?:para\s)?(?:esta\snoche|hoy|manana|el\s(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo))\b`,
      // the time said first: "el sábado cuando se vayan lo voy a hacer", "en cuanto se duerman todos lo hago"
      String.raw`\b(?:hoy|esta\snoche|manana|el\s(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|en\scuanto|cuando|apenas|nomas)\s(?:[a-z]+\s){0,14}?(?:lo\s(?:voy\sa\shacer|hago|hare)|voy\sa\shacerlo|me\s(?:las|los)\s(?:tomo|voy\sa\stomar|trago))\b(?!\s(?:bien|mejor|rapido|con\scalma|yo\ssol[oa]|por\sinternet|en\sla\scita))`,
      // cancelling what comes after: "no voy a estar aquí pal lunes", "ya no voy a ocupar la cita"
      String.raw`\bno\s(?:voy\sa\sestar|estare)\s(?:aqui\s)?(?:pal|para\sel|para|el)\s(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|fin\sde\ssemana|proximo\smes|la\sproxima\ssemana|navidad|mi\scumpleanos)\b|\bya\sno\s(?:voy\sa\s)?(?:ocupar|necesitar|ocupo|necesito)\s(?:la\scita|las\scitas|el\stratamiento|el\sprograma|la\sterapia|nada\sde\sesto|la\sconsulta)\b`,
      String.raw`\b(?:hoy|esta\snoche)\sme\sdespido\b`,
    ],
  },
];
