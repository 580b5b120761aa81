from secretariat.cli.main import main

raise SystemExit(main())
