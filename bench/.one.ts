const mod = await import(process.argv[2]!);
const fn = mod[process.argv[3]!];
const fig = await fn();
console.log(fig.detail); console.log(fig.measured, fig.status);
process.exit(0);
