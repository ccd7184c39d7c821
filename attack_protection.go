package okta

// AttackProtectionService manages attack protection settings. Reach it as client.AttackProtection.
type AttackProtectionService service
