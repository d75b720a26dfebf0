# Solo lo que difiere de es-ES (el resto se toma de es-ES).

faq-aliases-show = Alias de { $entry }: { $count ->
    [0] ninguno
   *[other] { $aliases }
}. Indica `agregar` o `quitar` para cambiarlos.
faq-draft-gone = Esta vista previa venció o ya se usó; vuelve a ejecutar `/faqs agregar`.
faq-preview = Vista previa: no se guarda nada hasta que presiones Guardar:
faq-mods-none = Solo Gestionar mensajes gestiona las FAQ. Indica `rol` para agregar uno.
