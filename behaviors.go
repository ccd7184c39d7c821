package okta

// BehaviorsService manages behavior detection rules. Reach it as client.Behaviors.
type BehaviorsService service
