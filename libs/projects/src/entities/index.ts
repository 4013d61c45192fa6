import { Issuance } from './issuance.entity';
import { MonitoringReport } from './monitoring-report.entity';
import { Project } from './project.entity';

export const PROJECTS_ENTITIES = [Project, MonitoringReport, Issuance];
