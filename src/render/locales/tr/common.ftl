error-unexpected = Bir şeyler ters gitti (ref { $ref }). Yardımcılar bu referansla kaydı bulabilir.
error-unknown-command = Bu komut artık burada kullanılamıyor.
