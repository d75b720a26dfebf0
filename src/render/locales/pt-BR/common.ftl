error-unexpected = Algo deu errado (ref { $ref }). A equipe de ajuda pode consultar com essa referência.
error-unknown-command = Esse comando não está mais disponível aqui.
