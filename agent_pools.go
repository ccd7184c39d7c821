package okta

import (
	"context"
	"net/http"
	"time"
)

// AgentPoolsService manages the pools of on-premises agents (Active Directory, LDAP, RADIUS, ...) and the
// automatic updates of their agents. Reach it as client.AgentPools.
//
// An update of a pool is created with CreateUpdate and then moves through its lifecycle: Activate and
// Deactivate a scheduled update; Pause, Resume, Stop and Retry one that runs.
type AgentPoolsService service

// List returns one page of the org's agent pools. Pass resp.After back in opts.After to fetch the next page, or
// use ListIter.
//
//okta:operation listAgentPools GET /api/v1/agentPools
func (s *AgentPoolsService) List(ctx context.Context, opts *AgentPoolsListOptions) ([]AgentPool, *Response, error) {
	return send[[]AgentPool](ctx, s.client, newRequest(http.MethodGet, "/api/v1/agentPools").withQuery(opts))
}

// ListIter returns an iterator over all the agent pools that match opts, fetching pages as it goes.
func (s *AgentPoolsService) ListIter(ctx context.Context, opts *AgentPoolsListOptions) *Iterator[AgentPool] {
	return newIterator[AgentPool](ctx, s.client, newRequest(http.MethodGet, "/api/v1/agentPools").withQuery(opts))
}

// ListAgentUpdates returns the updates of an agent pool. Okta does not page this list.
//
//okta:operation listAgentPoolsUpdates GET /api/v1/agentPools/{poolId}/updates
func (s *AgentPoolsService) ListAgentUpdates(ctx context.Context, poolID string, opts *AgentPoolsListAgentUpdatesOptions) ([]AgentPoolUpdate, *Response, error) {
	return send[[]AgentPoolUpdate](ctx, s.client, newRequest(http.MethodGet, "/api/v1/agentPools/{poolId}/updates", poolID).withQuery(opts))
}

// CreateAgentUpdate creates an update of an agent pool's agents. A manual update starts at once; a scheduled one
// runs in the pool's update window, after its delay. Okta requires Name, AgentType and Agents.
//
//okta:operation createAgentPoolsUpdate POST /api/v1/agentPools/{poolId}/updates
func (s *AgentPoolsService) CreateAgentUpdate(ctx context.Context, poolID string, update *AgentPoolUpdate) (*AgentPoolUpdate, *Response, error) {
	return send[*AgentPoolUpdate](ctx, s.client, newRequest(http.MethodPost, "/api/v1/agentPools/{poolId}/updates", poolID).withBody(update))
}

// GetAgentUpdateSettings retrieves the automatic update settings of an agent pool.
//
//okta:operation getAgentPoolsUpdateSettings GET /api/v1/agentPools/{poolId}/updates/settings
func (s *AgentPoolsService) GetAgentUpdateSettings(ctx context.Context, poolID string) (*AgentPoolUpdateSetting, *Response, error) {
	return send[*AgentPoolUpdateSetting](ctx, s.client, newRequest(http.MethodGet, "/api/v1/agentPools/{poolId}/updates/settings", poolID))
}

// UpdateAgentUpdateSettings changes the automatic update settings of an agent pool and returns them.
//
//okta:operation updateAgentPoolsUpdateSettings POST /api/v1/agentPools/{poolId}/updates/settings
func (s *AgentPoolsService) UpdateAgentUpdateSettings(ctx context.Context, poolID string, settings *AgentPoolUpdateSetting) (*AgentPoolUpdateSetting, *Response, error) {
	return send[*AgentPoolUpdateSetting](ctx, s.client, newRequest(http.MethodPost, "/api/v1/agentPools/{poolId}/updates/settings", poolID).withBody(settings))
}

// GetAgentUpdate retrieves an update of an agent pool.
//
//okta:operation getAgentPoolsUpdateInstance GET /api/v1/agentPools/{poolId}/updates/{updateId}
func (s *AgentPoolsService) GetAgentUpdate(ctx context.Context, poolID, updateID string) (*AgentPoolUpdate, *Response, error) {
	return send[*AgentPoolUpdate](ctx, s.client, newRequest(http.MethodGet, "/api/v1/agentPools/{poolId}/updates/{updateId}", poolID, updateID))
}

// UpdateAgentUpdate changes an update of an agent pool and returns it.
//
//okta:operation updateAgentPoolsUpdate POST /api/v1/agentPools/{poolId}/updates/{updateId}
func (s *AgentPoolsService) UpdateAgentUpdate(ctx context.Context, poolID, updateID string, update *AgentPoolUpdate) (*AgentPoolUpdate, *Response, error) {
	return send[*AgentPoolUpdate](ctx, s.client, newRequest(http.MethodPost, "/api/v1/agentPools/{poolId}/updates/{updateId}", poolID, updateID).withBody(update))
}

// DeleteAgentUpdate deletes an update of an agent pool.
//
//okta:operation deleteAgentPoolsUpdate DELETE /api/v1/agentPools/{poolId}/updates/{updateId}
func (s *AgentPoolsService) DeleteAgentUpdate(ctx context.Context, poolID, updateID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/agentPools/{poolId}/updates/{updateId}", poolID, updateID))
}

// ActivateAgentUpdate activates a scheduled update of an agent pool and returns it.
//
//okta:operation activateAgentPoolsUpdate POST /api/v1/agentPools/{poolId}/updates/{updateId}/activate
func (s *AgentPoolsService) ActivateAgentUpdate(ctx context.Context, poolID, updateID string) (*AgentPoolUpdate, *Response, error) {
	return send[*AgentPoolUpdate](ctx, s.client, newRequest(http.MethodPost, "/api/v1/agentPools/{poolId}/updates/{updateId}/activate", poolID, updateID))
}

// DeactivateAgentUpdate deactivates a scheduled update of an agent pool and returns it.
//
//okta:operation deactivateAgentPoolsUpdate POST /api/v1/agentPools/{poolId}/updates/{updateId}/deactivate
func (s *AgentPoolsService) DeactivateAgentUpdate(ctx context.Context, poolID, updateID string) (*AgentPoolUpdate, *Response, error) {
	return send[*AgentPoolUpdate](ctx, s.client, newRequest(http.MethodPost, "/api/v1/agentPools/{poolId}/updates/{updateId}/deactivate", poolID, updateID))
}

// PauseAgentUpdate pauses a running or queued update of an agent pool and returns it.
//
//okta:operation pauseAgentPoolsUpdate POST /api/v1/agentPools/{poolId}/updates/{updateId}/pause
func (s *AgentPoolsService) PauseAgentUpdate(ctx context.Context, poolID, updateID string) (*AgentPoolUpdate, *Response, error) {
	return send[*AgentPoolUpdate](ctx, s.client, newRequest(http.MethodPost, "/api/v1/agentPools/{poolId}/updates/{updateId}/pause", poolID, updateID))
}

// ResumeAgentUpdate resumes a paused update of an agent pool and returns it.
//
//okta:operation resumeAgentPoolsUpdate POST /api/v1/agentPools/{poolId}/updates/{updateId}/resume
func (s *AgentPoolsService) ResumeAgentUpdate(ctx context.Context, poolID, updateID string) (*AgentPoolUpdate, *Response, error) {
	return send[*AgentPoolUpdate](ctx, s.client, newRequest(http.MethodPost, "/api/v1/agentPools/{poolId}/updates/{updateId}/resume", poolID, updateID))
}

// RetryAgentUpdate runs a failed update of an agent pool again and returns it.
//
//okta:operation retryAgentPoolsUpdate POST /api/v1/agentPools/{poolId}/updates/{updateId}/retry
func (s *AgentPoolsService) RetryAgentUpdate(ctx context.Context, poolID, updateID string) (*AgentPoolUpdate, *Response, error) {
	return send[*AgentPoolUpdate](ctx, s.client, newRequest(http.MethodPost, "/api/v1/agentPools/{poolId}/updates/{updateId}/retry", poolID, updateID))
}

// StopAgentUpdate stops an update of an agent pool and returns it.
//
//okta:operation stopAgentPoolsUpdate POST /api/v1/agentPools/{poolId}/updates/{updateId}/stop
func (s *AgentPoolsService) StopAgentUpdate(ctx context.Context, poolID, updateID string) (*AgentPoolUpdate, *Response, error) {
	return send[*AgentPoolUpdate](ctx, s.client, newRequest(http.MethodPost, "/api/v1/agentPools/{poolId}/updates/{updateId}/stop", poolID, updateID))
}

// AgentPoolsListOptions are the parameters of AgentPoolsService.List.
type AgentPoolsListOptions struct {
	// LimitPerPoolType is how many pools of each agent type a page holds (Okta's default is 5).
	LimitPerPoolType int `url:"limitPerPoolType"`
	// PoolType lists only the pools of this agent type.
	PoolType AgentType `url:"poolType"`
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
}

// AgentPoolsListAgentUpdatesOptions are the parameters of AgentPoolsService.ListAgentUpdates.
type AgentPoolsListAgentUpdatesOptions struct {
	// Scheduled lists only the scheduled updates when true, only the ad hoc ones when false; nil lists all.
	Scheduled *bool `url:"scheduled"`
}

// AgentPool is a pool of on-premises agents of one type that serve the same purpose (for example, the agents
// of one Active Directory domain). An agent belongs to one pool.
type AgentPool struct {
	ID                string            `json:"id,omitzero"`
	Name              string            `json:"name,omitzero"`
	Type              AgentType         `json:"type,omitzero"`
	OperationalStatus OperationalStatus `json:"operationalStatus,omitzero"`
	Agents            []Agent           `json:"agents,omitzero"`
	// DisruptedAgents is the number of the pool's agents in a disrupted state.
	DisruptedAgents int `json:"disruptedAgents,omitzero"`
	// InactiveAgents is the number of the pool's inactive agents.
	InactiveAgents int `json:"inactiveAgents,omitzero"`
	// Links has self.
	Links Links `json:"_links,omitzero"`
	Extra Extra `json:"-"`
}

// Agent is an on-premises agent.
type Agent struct {
	ID                  string                    `json:"id,omitzero"`
	Name                string                    `json:"name,omitzero"`
	PoolID              string                    `json:"poolId,omitzero"`
	Type                AgentType                 `json:"type,omitzero"`
	Version             string                    `json:"version,omitzero"`
	OperationalStatus   OperationalStatus         `json:"operationalStatus,omitzero"`
	LastConnection      time.Time                 `json:"lastConnection,omitzero"`
	IsHidden            *bool                     `json:"isHidden,omitzero"`
	IsLatestGAedVersion *bool                     `json:"isLatestGAedVersion,omitzero"`
	UpdateStatus        AgentUpdateInstanceStatus `json:"updateStatus,omitzero"`
	UpdateMessage       string                    `json:"updateMessage,omitzero"`
	Links               Links                     `json:"_links,omitzero"`
	Extra               Extra                     `json:"-"`
}

// AgentPoolUpdate is an update of the agents of a pool to a target version, run at once or on a schedule.
type AgentPoolUpdate struct {
	ID        string    `json:"id,omitzero"`
	Name      string    `json:"name,omitzero"`
	AgentType AgentType `json:"agentType,omitzero"`
	// Agents are the agents to update.
	Agents        []Agent              `json:"agents,omitzero"`
	Enabled       *bool                `json:"enabled,omitzero"`
	NotifyAdmin   *bool                `json:"notifyAdmin,omitzero"`
	Reason        string               `json:"reason,omitzero"`
	Schedule      *AutoUpdateSchedule  `json:"schedule,omitzero"`
	SortOrder     *int                 `json:"sortOrder,omitzero"`
	Status        AgentUpdateJobStatus `json:"status,omitzero"`
	TargetVersion string               `json:"targetVersion,omitzero"`
	Links         Links                `json:"_links,omitzero"`
	Extra         Extra                `json:"-"`
}

// AutoUpdateSchedule is when an agent pool update runs.
type AutoUpdateSchedule struct {
	// Cron is the update window, a cron expression.
	Cron string `json:"cron,omitzero"`
	// Delay is how many days after a release the update runs.
	Delay *int `json:"delay,omitzero"`
	// Duration is how many minutes the update window lasts.
	Duration *int `json:"duration,omitzero"`
	// LastUpdated is when the update last finished, successfully or not (not when it was cancelled).
	LastUpdated time.Time `json:"lastUpdated,omitzero"`
	Timezone    string    `json:"timezone,omitzero"`
	Extra       Extra     `json:"-"`
}

// AgentPoolUpdateSetting are the automatic update settings of an agent pool.
type AgentPoolUpdateSetting struct {
	PoolID    string    `json:"poolId,omitzero"`
	PoolName  string    `json:"poolName,omitzero"`
	AgentType AgentType `json:"agentType,omitzero"`
	// ContinueOnError, when true, goes on updating the other agents when one fails.
	ContinueOnError         *bool          `json:"continueOnError,omitzero"`
	LatestVersion           string         `json:"latestVersion,omitzero"`
	MinimalSupportedVersion string         `json:"minimalSupportedVersion,omitzero"`
	ReleaseChannel          ReleaseChannel `json:"releaseChannel,omitzero"`
	Extra                   Extra          `json:"-"`
}

// AgentType is the kind of an on-premises agent.
type AgentType string

// AgentType values.
const (
	AgentTypeAD     AgentType = "AD"
	AgentTypeIWA    AgentType = "IWA"
	AgentTypeLDAP   AgentType = "LDAP"
	AgentTypeMFA    AgentType = "MFA"
	AgentTypeOPP    AgentType = "OPP"
	AgentTypeRUM    AgentType = "RUM"
	AgentTypeRadius AgentType = "Radius"
)

// OperationalStatus is the health of an agent or an agent pool.
type OperationalStatus string

// OperationalStatus values.
const (
	OperationalStatusDegraded    OperationalStatus = "DEGRADED"
	OperationalStatusDisrupted   OperationalStatus = "DISRUPTED"
	OperationalStatusInactive    OperationalStatus = "INACTIVE"
	OperationalStatusOperational OperationalStatus = "OPERATIONAL"
)

// AgentUpdateInstanceStatus is where one agent is in an update.
type AgentUpdateInstanceStatus string

// AgentUpdateInstanceStatus values.
const (
	AgentUpdateInstanceStatusCancelled         AgentUpdateInstanceStatus = "Cancelled"
	AgentUpdateInstanceStatusFailed            AgentUpdateInstanceStatus = "Failed"
	AgentUpdateInstanceStatusInProgress        AgentUpdateInstanceStatus = "InProgress"
	AgentUpdateInstanceStatusPendingCompletion AgentUpdateInstanceStatus = "PendingCompletion"
	AgentUpdateInstanceStatusScheduled         AgentUpdateInstanceStatus = "Scheduled"
	AgentUpdateInstanceStatusSuccess           AgentUpdateInstanceStatus = "Success"
)

// AgentUpdateJobStatus is where an agent pool update is, as a whole.
type AgentUpdateJobStatus string

// AgentUpdateJobStatus values.
const (
	AgentUpdateJobStatusCancelled  AgentUpdateJobStatus = "Cancelled"
	AgentUpdateJobStatusFailed     AgentUpdateJobStatus = "Failed"
	AgentUpdateJobStatusInProgress AgentUpdateJobStatus = "InProgress"
	AgentUpdateJobStatusPaused     AgentUpdateJobStatus = "Paused"
	AgentUpdateJobStatusScheduled  AgentUpdateJobStatus = "Scheduled"
	AgentUpdateJobStatusSuccess    AgentUpdateJobStatus = "Success"
)

// ReleaseChannel is the release channel whose versions an agent pool updates to.
type ReleaseChannel string

// ReleaseChannel values.
const (
	ReleaseChannelBeta ReleaseChannel = "BETA"
	ReleaseChannelEA   ReleaseChannel = "EA"
	ReleaseChannelGA   ReleaseChannel = "GA"
	ReleaseChannelTest ReleaseChannel = "TEST"
)
