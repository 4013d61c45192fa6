// Public surface of the onboarding library. Other libraries import only from here.
export * from './domain/local-dates';
export * from './domain/playbook-definition';
export * from './domain/playbook-validation';
export * from './domain/progress';
export * from './domain/reminder-selection';
export * from './domain/shenzhen-playbook';
export * from './domain/step-state-machine';
export * from './domain/step-unlocking';
