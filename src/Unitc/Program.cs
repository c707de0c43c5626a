return await Unitc.Cli.Run(args);
