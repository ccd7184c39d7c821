package okta

// AgentPoolsService manages agent pools and their updates. Reach it as client.AgentPools.
type AgentPoolsService service
