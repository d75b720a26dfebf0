xtream-modal-title = Revisar mi línea IPTV (privado)
xtream-field-url = URL del servidor (de tu proveedor)
xtream-field-username = Usuario
xtream-field-password = Contraseña (solo se envía a tu panel)
xtream-button = Revisar mi línea
xtream-no-forms = Aquí no se pueden mostrar formularios. Desde una terminal, ejecuta `npx netmedic xtream URL --user NAME` (te pedirá la contraseña).
xtream-button-gone = Ese botón ya no está disponible.
xtream-form-gone = Ese formulario ya no está disponible.

xtream-state-active = Línea activa
    .todo = Tu acceso funciona y la línea está activa. Si los canales siguen fallando, el problema es la aplicación o un stream concreto: borra la caché de la aplicación, usa un formato de salida que la línea permita y prueba con otra red.
xtream-state-trial = Línea de prueba
    .todo = Es una línea de prueba: funciona hasta la fecha de abajo y luego se detiene. Pide a tu proveedor que la convierta en una línea de pago antes de esa fecha.
xtream-state-expired = Línea caducada
    .todo = Tu suscripción ha terminado: renuévala con tu proveedor. El panel funciona, así que no hay nada que arreglar en tu dispositivo.
xtream-state-banned = Línea bloqueada
    .todo = El proveedor ha bloqueado esta línea (a menudo por compartirla o usarla desde demasiadas direcciones IP). Contacta con el proveedor: solo él puede levantar el bloqueo.
xtream-state-disabled = Línea desactivada
    .todo = El proveedor ha desactivado esta línea (impago, pausa o revisión). Contacta con el proveedor; reinstalar la aplicación no servirá.
xtream-state-limit-reached = Límite de conexiones alcanzado
    .todo = Límite alcanzado: cierra la aplicación en otro dispositivo (o detén un stream que quedó abierto), espera un minuto y vuelve a intentarlo. Un plan mayor permite más dispositivos.
xtream-state-wrong-login = Usuario o contraseña incorrectos
    .todo = El panel responde, pero rechaza este acceso. Vuelve a copiar el usuario y la contraseña del proveedor (distinguen mayúsculas y minúsculas, cuidado con los espacios); si son correctos, la línea se eliminó o el proveedor te trasladó a otro panel.
xtream-state-unknown = Estado de la línea poco claro
    .todo = El panel respondió con un estado que esta comprobación no conoce. Pregunta a tu proveedor qué significa.

xtream-status = Estado: { $status }
xtream-status-with-trial = Estado: { $status } (prueba)
xtream-status-trial = Estado: prueba
xtream-expires = Caduca: { $date } ({ $when })
xtream-days-left = { $days ->
    [one] queda { $days } día
   *[other] quedan { $days } días
}
xtream-days-ago = { $days ->
    [one] hace { $days } día
   *[other] hace { $days } días
}
xtream-expired-today = hoy
xtream-less-than-a-day = queda menos de un día
xtream-expires-never = Caduca: nunca (sin fecha de fin)
xtream-expires-unknown = Caduca: el panel no lo indicó
xtream-connections = Conexiones: { $active } de { $max } en uso
xtream-connections-full = Conexiones: { $active } de { $max } en uso — ⚠️ límite alcanzado: cierra la aplicación en otro dispositivo
xtream-formats = Formatos permitidos: { $formats }
xtream-panel-message = Mensaje del panel: { $message }
xtream-server-url = URL: { $url }
xtream-server-port = Puerto: { $port }
xtream-server-https-port = Puerto HTTPS: { $port }
xtream-server-timezone = Zona horaria: { $timezone }
xtream-server-time = Hora del panel: { $time }
xtream-difference = ⚠️ Escribiste { $field ->
    [url] el host
    [https_port] el puerto HTTPS
   *[port] el puerto
} { $typed }, el panel indica { $panel }
xtream-moved-advice = Puede que el proveedor haya trasladado el panel: usa la dirección que indica el panel o pide al proveedor la nueva URL.
xtream-category = { $kind ->
    [live] TV en directo
    [vod] Películas (VOD)
   *[series] Series
}
xtream-category-count = ✅ { $what }: { $atLeast ->
    [yes] al menos { $count }
   *[no] { $count }
} { $count ->
    [one] categoría
   *[other] categorías
}
xtream-category-empty = ✅ { $what }: 0 categorías (vacío: el paquete no tiene ninguna)
xtream-category-failed = ❌ { $what }: no cargó ({ $problem })

xtream-field-line = Tu línea
xtream-field-moved = ¿Se movió el panel?
xtream-field-server = Datos del servidor según el panel
xtream-field-categories = Listas de canales
xtream-field-steps = Pasos
xtream-field-todo = Qué hacer ({ $article })
xtream-field-notes = Notas
xtream-not-checked = ❌ Línea no comprobada
xtream-footer = Solo tú ves esto. Tu contraseña se envió solo a tu panel y no se guarda ni se registra.
xtream-full-article = Artículo completo
xtream-note-credentials-in-url = La URL del servidor contenía credenciales: las ignoré y usé solo los campos de usuario y contraseña.
xtream-note-internal-error = Error interno durante la comprobación: { $error }

xtream-credential-empty = { $field ->
    [username] El usuario está vacío.
   *[password] La contraseña está vacía.
}
xtream-credential-too-long = { $field ->
    [username] El usuario tiene más de { $max } caracteres.
   *[password] La contraseña tiene más de { $max } caracteres.
}
xtream-credential-control = { $field ->
    [username] El usuario contiene caracteres de control (¿un salto de línea sobrante?).
   *[password] La contraseña contiene caracteres de control (¿un salto de línea sobrante?).
}

## The steps of a line check

xtream-step-not-panel = HTTP { $status }, pero no responde un panel ({ $why })
xtream-step-panel-answered = el panel respondió sobre la línea en { $ms } ms
xtream-step-category = categorías { $kind }: { $atLeast ->
    [yes] al menos { $count }
   *[no] { $count }
}
xtream-step-category-failed = las categorías { $kind } no cargaron ({ $problem })
