# /faq, /faqs y «Responder con FAQ».

## Publicar

faq-for-user = <@{ $user }>, esto debería ayudarte:
faq-delete-button = Eliminar
faq-not-found = No hay ninguna entrada de FAQ llamada «{ $name }».
faq-did-you-mean = ¿Querías decir { $ids }?
faq-start-typing = Empieza a escribir para elegir una de la lista.
faq-repeat = «{ $title }» se acaba de publicar en este canal. Desplázate hacia arriba o vuelve a publicarla dentro de { $wait } s.
faq-delete-refused = Solo quien publicó esta entrada o un moderador puede eliminarla.
faq-button-gone = Ese botón ya no está disponible.
faq-form-gone = Ese formulario ya no está disponible.
faq-subcommand-gone = Ese subcomando ya no está disponible.
faq-answer-none = Todavía no hay entradas de FAQ.
faq-answer-pick = Elige la entrada que quieres publicar como respuesta al mensaje de { $author }:
faq-answer-placeholder = Elige una entrada de FAQ
faq-answer-gone = Esa entrada ya no está en la base de conocimiento; vuelve a abrir el menú.
faq-answer-posted = Publicada «{ $title }»: { $url }
faq-answer-below = No pude responder en el canal, así que «{ $title }» está publicada abajo.

## Gestionar (/faqs)

faq-entry-name = «{ $title }» (`{ $id }`)
faq-scope-server = Las FAQ se gestionan por servidor: ejecuta esto en un servidor.
faq-no-store = El almacén de FAQ no está disponible en este modo.
faq-not-moderator = Solo los moderadores (Gestionar mensajes, o el rol definido con `/faqs moderadores`) pueden cambiar las FAQ.
faq-field-id = ID (kebab-case, p. ej. panel-url)
faq-field-title = Título
faq-field-aliases = Alias (palabras de búsqueda, con comas)
faq-field-body = Texto (markdown)
faq-modal-new = Nueva entrada de FAQ
faq-modal-edit = Editar { $id }
faq-saved-nothing-gone = No se guardó nada: { $what } ya no existe (alguien la eliminó mientras tanto).
faq-saved-nothing-exists = No se guardó nada: { $entry } ya existe. Usa `/faqs editar` para cambiarla.
faq-saved-nothing-conflict = No se guardó nada: otra persona editó { $entry } mientras tanto. Este es el texto actual; vuelve a ejecutar `/faqs editar` para cambiarlo.
faq-saved-nothing-problems = No se guardó nada:
faq-saved-nothing-id-taken = No se guardó nada: `{ $id }` ya existe. Usa `/faqs editar` para cambiarla o elige otro ID.
faq-form-stale = está desactualizado; vuelve a ejecutar /faqs editar
faq-source = { $source ->
    [shipped] incluida
    [override] cambiada aquí
   *[server] de este servidor
}
faq-no-forms-add = Aquí no hay formularios; escribe la entrada como archivo .md y usa `netmedic faq import`.
faq-no-forms-edit = Aquí no hay formularios; exporta, edita el archivo .md e impórtalo.
faq-not-found-here = No hay ninguna entrada de FAQ llamada «{ $name }» en este servidor.
faq-remove-ask = ¿Quitar { $entry }? { $source ->
    [server] Se eliminará (su historial se conserva).
   *[other] Viene incluida con netmedic, así que se ocultará en este servidor (`/faqs restaurar` la recupera).
}
faq-remove-button = Quitar
faq-keep-button = Conservarla
faq-aliases-show = Alias de { $entry }: { $count ->
    [0] ninguno
   *[other] { $aliases }
}. Indica `añadir` o `quitar` para cambiarlos.
faq-aliases-saved = Alias de { $entry }: { $count ->
    [0] ninguno
   *[other] { $aliases }
}.
faq-unpinned = { $entry } desfijada.
faq-pinned = { $entry } fijada: se ofrece primero cuando no se ha escrito nada.
faq-restore-not-shipped = `{ $id }` no es una entrada incluida, así que no hay nada que restaurar.
faq-restored = `{ $id }` vuelve a tener el texto incluido.
faq-restore-already = `{ $id }` ya tiene el texto incluido.
faq-list-title = Entradas de FAQ de este servidor
faq-list-empty = No hay entradas.
faq-list-footer = Página { $page } de { $pages } · { $count ->
    [one] { $count } entrada
   *[other] { $count } entradas
}
faq-list-footer-hidden = { $hidden } incluidas ocultas
faq-previous = Anterior
faq-next = Siguiente
faq-history-unchanged = `{ $id }` no se ha cambiado en este servidor: está como viene incluida.
faq-history-none = No hay historial de `{ $id }` en este servidor.
faq-history-title = Historial de { $id }
faq-history-line = v{ $version } · **{ $action ->
    [add] añadida
    [edit] editada
    [alias] alias
    [remove] eliminada
    [hide] ocultada
    [pin] fijada
    [unpin] desfijada
    [restore] restaurada
    [import] importada
   *[other] { $action }
}** por <@{ $user }> { $when } — { $title }
faq-export-none = Este servidor aún no tiene entradas propias (las incluidas están en el paquete).
faq-export-done = { $count ->
    [one] { $count } entrada, en un archivo markdown (el formato de knowledge/faq).
   *[other] { $count } entradas, un archivo markdown por cada una (el formato de knowledge/faq).
}
faq-import-attach = Adjunta un .zip (de `/faqs exportar`) o un archivo .md.
faq-import-nothing = No se importó nada: { $problem }.
faq-import-problems = No se importó nada ({ $count ->
    [one] { $count } problema
   *[other] { $count } problemas
}):
faq-imported = { $count ->
    [one] Importada { $count } entrada
   *[other] Importadas { $count } entradas
}: { $ids }
faq-more = …y { $count } más
faq-stats-title = Uso de las FAQ en este servidor
faq-stats-most = Más usadas
faq-stats-least = Menos usadas
faq-stats-unused = Sin usar en { $days } días ({ $count })
faq-mods-only-manage = Solo los miembros con Gestionar mensajes pueden elegir el rol de moderador.
faq-mods-cleared = Ahora solo los miembros con Gestionar mensajes pueden gestionar las FAQ.
faq-mods-set = Los miembros con <@&{ $role }> también pueden gestionar las FAQ.
faq-mods-current = Los miembros con <@&{ $role }> pueden gestionar las FAQ, además de Gestionar mensajes.
faq-mods-none = Solo Gestionar mensajes gestiona las FAQ. Indica `rol` para añadir uno.
faq-preview = Vista previa: no se guarda nada hasta que pulses Guardar:
faq-save-button = Guardar
faq-cancel-button = Cancelar
faq-saved-version = Guardada { $entry } (versión { $version }).
faq-draft-gone = Esta vista previa caducó o ya se usó; vuelve a ejecutar `/faqs añadir`.
faq-saved-post = Guardada { $entry }. Publícala con `/faq entrada:{ $id }`.
faq-cancelled = Cancelado; no se guardó nada.
faq-kept = Conservada; no se cambió nada.
faq-removed = Quitada `{ $id }`.

## Problemas con un archivo o un formulario

faq-problem-whole-file = archivo
faq-problem-not-zip = se esperaba un .zip de archivos .md (como el que crea /faqs exportar) o un solo archivo .md
faq-problem-unreadable-zip = no se puede leer el zip: { $error }
faq-problem-file-too-large = { $file } es demasiado grande (como máximo { $kib } KiB por archivo)
faq-problem-too-many-files = { $count } archivos (como máximo { $max })
faq-problem-not-md = no es un archivo .md
faq-problem-duplicate-id = «{ $id }» también es el ID de { $other }
faq-problem-no-md = no contiene archivos .md
faq-problem-id-required = es obligatorio
faq-problem-id-shape = debe estar en kebab-case, con 64 caracteres como máximo (minúsculas, dígitos y guiones sueltos)
faq-problem-not-cdn = el adjunto no está en la CDN de Discord
faq-problem-download = no se puede descargar el adjunto ({ $reason })
faq-problem-too-large = el adjunto ocupa más de { $mib } MiB
